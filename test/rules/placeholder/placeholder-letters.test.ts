import { describe, expect, it } from 'vitest';
import { flagged } from '../../helpers';

const rule = 'placeholder-letters';

describe(rule, () => {
  it.each([
    ['市委第x巡回指导组于3月17日入驻x县', ['x', 'x']],
    ['XXXX按照中央部署，在XX工学院举办', ['XXXX', 'XX']],
    ['学习贯彻十九届X中X会精神', ['X', 'X']],
    ['网上可办率达x%，即办比例达x%', ['x', 'x']],
    ['截止目前市xxxx2名处级干部参加培训', ['xxxx']],
    ['藏文版35件X套X余册', ['X', 'X']],
    ['全角的ＸＸ单位', ['ＸＸ']],
    ['x', ['x']],
    ['贯彻市委“x、x”发展战略', ['x', 'x']],
  ])('flags the blank in %s', (text, expected) => {
    expect(flagged(text, rule)).toEqual(expected);
  });

  it.each([
    '5G网络覆盖全县，APP下载量增长，GDP增长6%，PPT课件',
    '在Windows电脑上完成，使用Xbox和Excel',
    '配备X射线安检机和X光机，画出x轴',
    '面积为3x4米，屏幕1920x1080，规格 3 x 4',
    '电量100kW·h',
    '详见 https://example.com/xx/XXXX.html',
    '联系 xx@example.com',
    'X-ray检查',
    '更换老旧的X6132型万能铣床，系统运行在x86架构上',
    '其中X1为窗口人员数字技能，X2为设备水平',
    '压缩机在X、Y两个方向加装振动监测',
  ])('does not flag %s', (text) => {
    expect(flagged(text, rule)).toEqual([]);
  });

  it('does not flag a Markdown task box', () => {
    expect(flagged('- [x] 已完成', rule, { format: 'markdown' })).toEqual([]);
  });

  it('does not look into Markdown code', () => {
    expect(flagged('示例：`XXXX` 和\n\n```\nXX\n```\n', rule, { format: 'markdown' })).toEqual([]);
  });

  it('reports positions in UTF-16 code units', async () => {
    const { findings } = await import('../../helpers');
    // 𠮷 is outside the BMP: two UTF-16 code units.
    const [f] = findings('𠮷局XX', {}, rule);
    expect(f.column).toBe(4);
  });
});
