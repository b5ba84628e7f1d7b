// The signer and date that close a 请示 or 报告: missing, or a label left blank (署名：, （盖章）).

import { looksLikeSigner } from '../../analysis/frame';
import { msg, type Rule, type RuleFinding } from '../../rule';
import { appendLines, insertLinesBefore } from '../../structure-fixes';

export const blankSignature: Rule = {
  id: 'blank-signature',
  category: 'structure',
  defaultSeverity: 'warning',
  hasSuggestions: true,
  doc: msg(
    '文种要求落款、且文件主送机关时（请示，主送上级机关的报告），检查文末有没有发文机关署名和成文日期；网上公开的总结、会议材料、讲话和签报（署名、日期是表格栏目）不检查。任何文种文末“署名：”“（盖章）”这类留空的落款都会标出。日期中年、月、日留空（“2021年 月 日”）由 placeholder-date 报告，这里不重复。快速修复插入待填写的署名行和日期行。',
    'Where the type closes with a signature and the document is sent to an addressee (a 请示, a 报告 to a higher office), checks that the document ends with the issuer\'s name and the date; summaries published on a website, meeting papers, speeches and 签报 forms (whose signer and date are fields of the form) are not checked. In any document, flags signature labels left blank at the end ("署名：", "（盖章）"). A date with blanks in it ("2021年 月 日") is placeholder-date\'s to report, not repeated here. The quick fix inserts a signer line and a date line to fill in.',
  ),
  basis: msg(
    'GB/T 9704-2012 §7.3.5：公文应有发文机关署名和成文日期。',
    'GB/T 9704-2012 §7.3.5: an official document carries the issuer\'s name and the date.',
  ),
  check({ analysis, model }) {
    const signature = analysis.sent ? analysis.type.template?.signature : undefined;
    const { frame } = analysis;
    if (frame.lastBodyLine === undefined && !frame.ending.length) return [];
    const findings: RuleFinding[] = [];
    const ending = frame.ending;
    const signer = ending.some((e) => e.kind === 'signer');
    // A label left blank is a blank whatever the type asks for; under a signer, a bare （盖章）
    // is where the seal goes, not a blank.
    for (const label of signer ? [] : ending.filter((e) => e.kind === 'blank-signer')) {
      findings.push({
        span: label.span,
        message: msg(`落款“${model.text.slice(label.span.start, label.span.end)}”未填写`, `The signature "${model.text.slice(label.span.start, label.span.end)}" is left blank`),
      });
    }
    if (!signature) return findings;
    const hasBlankLabel = findings.length > 0;
    const date = ending.find((e) => e.kind === 'date' || e.kind === 'blank-date');
    if (signature.date && !date) {
      // Without a date below it the issuer's line reads as body: a short last line with no
      // sentence mark, other than a closing formula or an annex note, is taken for it.
      const last = ending[ending.length - 1];
      const lastLine = last ? last.line : frame.lastBodyLine!;
      const signerAbove = hasBlankLabel || (last?.kind !== 'closing' && last?.kind !== 'annex' && looksLikeSigner(model.lines.lineText(lastLine).trim()));
      const lines = signature.signer && !signerAbove ? [signature.signerSkeleton, signature.dateSkeleton] : [signature.dateSkeleton];
      const end = model.lines.lineEnds[lastLine];
      const start = model.lines.lineStarts[lastLine] + model.lines.lineText(lastLine).trimEnd().length - 1;
      findings.push({
        span: { start: Math.max(model.lines.lineStarts[lastLine], start), end },
        message: analysis.typed(
          lines.length === 2 ? '文末缺少落款：发文机关署名和成文日期' : '文末缺少成文日期',
          lines.length === 2 ? 'The document does not end with the issuer\'s name and the date' : 'The document does not end with a date',
        ),
        suggestions: [{ title: msg('插入待填写的落款', 'Insert a signature to fill in'), edits: [appendLines(model, lines)] }],
      });
    } else if (signature.signer && date && !signer && !hasBlankLabel) {
      findings.push({
        span: date.span,
        message: analysis.typed('成文日期上方缺少发文机关署名', 'No issuer\'s name above the date'),
        suggestions: [{ title: msg('插入待填写的署名', 'Insert a signer line to fill in'), edits: [insertLinesBefore(model, date.line, [signature.signerSkeleton])] }],
      });
    }
    return findings;
  },
};
