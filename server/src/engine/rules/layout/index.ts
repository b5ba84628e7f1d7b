import type { Rule } from '../../rule';
import { layoutBodyFont } from './body-font';
import { layoutGrid } from './grid';
import { layoutHeadingFont } from './heading-font';
import { layoutMargins } from './margins';
import { layoutPageNumber } from './page-number';
import { layoutPaperSize } from './paper-size';
import { layoutTitleFont } from './title-font';

/** GB/T 9704-2012 layout of Word documents: silent without `CheckOptions.layout`. */
export const layoutRules: Rule[] = [layoutPaperSize, layoutMargins, layoutGrid, layoutTitleFont, layoutBodyFont, layoutHeadingFont, layoutPageNumber];
