#!/usr/bin/env bash
# Makes the .docx (and the one .doc) of test/docx/made/ with LibreOffice, then records the
# paragraph counts LibreOffice reads in every .docx of the test data. Needs soffice
# (apt-get install libreoffice-writer-nogui) and ../shared/corpus/seeds beside the checkout.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
to_docx() { soffice --headless --norestore --infilter='Text (encoded):UTF8' --convert-to 'docx:MS Word 2007 XML' --outdir "$1" "${@:2}" >/dev/null; }

to_docx "$here/seeds" "$root"/../shared/corpus/seeds/*.txt
to_docx "$here/real" \
  "$root"/test/corpus/real/annual/docs/a01_pingtan_xxgk_nianbao_2023.txt \
  "$root"/test/corpus/real/annual/docs/a03_hongze_xxgk_nianbao_2024.txt \
  "$root"/test/corpus/real/annual/docs/a08_shanghai_zhengfu_gongzuo_baogao_2026.txt \
  "$root"/test/corpus/real/summaries/docs/s01_xingzheng_shenpiju_zongjie_2022.txt \
  "$root"/test/corpus/real/summaries/docs/s06_touzi_cujinju_zongjie_2024.txt \
  "$root"/test/corpus/real/duty-research/docs/d02_shaanxi_houqin_yishixingtai_zhenggai_2022.txt
soffice --headless --norestore --convert-to 'docx:MS Word 2007 XML' --outdir "$here" "$here/features.fodt" "$here/outline.fodt" "$here/layout-faults.fodt" >/dev/null
soffice --headless --norestore --convert-to 'doc:MS Word 97' --outdir "$here" "$here/features.fodt" >/dev/null
cd "$root" && npx tsx test/docx/record-paragraph-counts.ts
