-- The README's Neovim setup, exactly as a user would paste it: runs the Lua block from
-- $GONGWEN_README_SNIPPET (with `gongwen-server` on PATH), opens the file, and writes how many
-- diagnostics Neovim got from the server to $GONGWEN_NVIM_OUT.
-- Usage: GONGWEN_README_SNIPPET=setup.lua GONGWEN_NVIM_OUT=out.json nvim --headless -i NONE -u readme.lua FILE
local out_path = assert(os.getenv('GONGWEN_NVIM_OUT'), 'set GONGWEN_NVIM_OUT')
local timeout = tonumber(os.getenv('LSP_TIMEOUT') or '30000')
dofile(assert(os.getenv('GONGWEN_README_SNIPPET'), 'set GONGWEN_README_SNIPPET'))

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local buf = vim.api.nvim_get_current_buf()
    local got = vim.wait(timeout, function() return #vim.diagnostic.get(buf) > 0 end, 50)
    -- Let the rules that need word segmentation publish too.
    vim.wait(3000)
    local file = assert(io.open(out_path, 'w'))
    file:write(vim.fn.json_encode({ filetype = vim.bo[buf].filetype, diagnostics = got and #vim.diagnostic.get(buf) or 0 }))
    file:close()
    vim.cmd('qa!')
  end,
})
