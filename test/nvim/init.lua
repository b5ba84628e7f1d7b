-- Headless Neovim (0.7+) as a second real LSP client: attaches the Gongwen server over stdio to
-- the file it opens, waits until the server has settled, and writes what Neovim received (the
-- last diagnostics published, document symbols, code action titles) as JSON to $GONGWEN_NVIM_OUT.
-- Usage: GONGWEN_SERVER=dist/server.js GONGWEN_NVIM_OUT=out.json nvim --headless -i NONE -u init.lua FILE
local server = assert(os.getenv('GONGWEN_SERVER'), 'set GONGWEN_SERVER')
local out_path = assert(os.getenv('GONGWEN_NVIM_OUT'), 'set GONGWEN_NVIM_OUT')
local timeout = tonumber(os.getenv('LSP_TIMEOUT') or '30000')

-- The diagnostics exactly as the server published them (Neovim's own store converts positions to
-- byte columns), recorded on their way into Neovim's default handler.
local published = {}
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result then published[result.uri] = result.diagnostics end
  return default_handler(err, result, ctx, config)
end

vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  pattern = { '*.gongwen', '*.txt' },
  callback = function(args)
    vim.bo[args.buf].filetype = 'gongwen'
    -- Neovim 0.7 has no vim.lsp.start(): start the client and attach it by hand.
    local id = vim.lsp.start_client({
      name = 'gongwen',
      cmd = { 'node', server, '--stdio' },
      root_dir = vim.fn.fnamemodify(args.file, ':p:h'),
    })
    vim.lsp.buf_attach_client(args.buf, id)
  end,
})

local function finish(result, ok)
  local file = assert(io.open(out_path, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.lsp.stop_client(vim.lsp.get_active_clients())
  vim.cmd(ok and 'qa!' or 'cq!')
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local buf = vim.api.nvim_get_current_buf()
    if not vim.wait(timeout, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
      return finish({ error = 'no diagnostics within ' .. timeout .. ' ms' }, false)
    end
    -- The server publishes the rules that need no word segmentation first: wait until it is idle.
    local idle = vim.wait(timeout, function()
      local replies = vim.lsp.buf_request_sync(buf, 'gongwen/serverStats', {}, 2000) or {}
      for _, reply in pairs(replies) do
        local s = reply.result
        if s and s.segmenter ~= 'loading' and s.pendingChecks == 0 then return true end
      end
      return false
    end, 100)
    vim.wait(300)
    local diagnostics = published[vim.uri_from_bufnr(buf)] or {}
    local params = { textDocument = vim.lsp.util.make_text_document_params() }
    local symbols = {}
    for _, reply in pairs(vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol', params, timeout) or {}) do
      for _, s in ipairs(reply.result or {}) do table.insert(symbols, s.name) end
    end
    local actions = {}
    local first = diagnostics[1]
    if first then
      local replies = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
        textDocument = params.textDocument,
        range = first.range,
        context = { diagnostics = { first } },
      }, timeout) or {}
      for _, reply in pairs(replies) do
        for _, a in ipairs(reply.result or {}) do table.insert(actions, a.title) end
      end
    end
    finish({ idle = idle, diagnostics = diagnostics, symbols = symbols, codeActions = actions }, true)
  end,
})
