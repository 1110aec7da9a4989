"""Chinese: numeral characters, measure words, hedges, non-figures and the words that give a figure its kind.

Text is normalised before it is read (full-width forms folded, traditional characters simplified), so the tables
hold simplified characters only.
"""

from __future__ import annotations

from decimal import Decimal

# -- numerals ------------------------------------------------------------------------------------------
DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "壹": 1,
    "幺": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "俩": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
ZEROS = frozenset("零〇")
# Numeral characters that also end common words (队伍, 内陆, 大陆, 统一, 唯一): before Arabic digits they end the word
WORD_END_NUMERALS = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟一")
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
GROUP_UNITS: dict[str, int] = {"万": 10**4, "亿": 10**8}
TENS: dict[str, str] = {"廿": "二十", "卅": "三十"}  # 廿二 = 22, read as 二十二
# 兆 is 10^6 (兆瓦, megawatt) in mainland usage and 10^12 in older and Taiwanese usage: a number before it is not read,
# save before a unit that starts with it (300兆瓦, 兆帕: MEASURE_UNITS).
AMBIGUOUS_MULTIPLIER = "兆"
# ... but before money (2.88兆元, 1.2兆美元, 兆日元, as Taiwan and Japan write budgets and revenues) 兆 is 10^12.
TRILLION = Decimal(10) ** 12
TRILLION_CURRENCIES = ("元", "美元", "新台币", "日元", "韩元", "人民币", "欧元")
# 打 after a numeral: a dozen (五十打 = 600) or a verb (三打 = three hits); a figure is never read before it.
DOZEN_OR_HIT = "打"
# N后 for N a decade (80后, 90后, 00后) names people born in it.
GENERATION = "后"
POINT = "点"
PLACE_CHARS = frozenset(SMALL_UNITS) | frozenset(GROUP_UNITS) | frozenset(TENS)  # a numeral with one is no digit run
# A numeral right after these with no measure word is a day of the month: 正月十五, 腊月二十三, 大年三十.
DAY_AFTER = ("月", "年")
NUMERAL_CHARS = frozenset(DIGITS) | frozenset(SMALL_UNITS) | frozenset(GROUP_UNITS) | frozenset(TENS) | {POINT}
MINUS = "负"
# 负 after these closes a word (减负 eases a burden, 胜负, 抱负, 自负, 辜负, 不负, 正负 ±): no minus sign
NOT_MINUS_AFTER = frozenset("减胜抱自辜不正担欠背肩")
BELOW_ZERO = "零下"  # 零下十五度 = -15 degrees: a sign, as 负 is
EXACT_MARKS = ("整", "正")  # 壹佰万元整: the amount is exact
# Money written in yuan, jiao and fen (壹元贰角叁分).
YUAN = ("元", "圆")
JIAO = "角"
FEN = "分"
SCORE_UNIT = FEN  # 满意度得分86.42分: points of a score, a measure (never a count that must be whole)

# 零 before one of these is the figure 0: 零伤亡, 命案零发生.
ZERO_NOUNS = (
    "伤亡 死亡 发生 事故 投诉 上访 差错 失误 容忍 感染 新增 漏报 误报 失分 违纪 违法 案件 命案 发案 信访 "
    "缺陷 污染 排放 拖欠 积压 库存 返贫 逾期"
).split()

# -- units ----------------------------------------------------------------------------------------------
# Measure words written after a figure.  Longer entries win (人次 before 人, 个月 before 个).
COUNT_UNITS = (
    "人次 件次 户次 批次 架次 剂次 针次 连冠 连胜 "
    "个 件 起 人 名 份 场 条 次 宗 项 家 所 处 座 辆 台 套 户 位 支 批 类 种 例 块 间 栋 幢 层 "
    "张 本 篇 期 届 轮 枚 颗 根 道 门 艘 架 只 头 匹 株 棵 首 部 册 卷 笔 单 对 双 "
    "台次 床 辆次 倍 分 剂 针"
).split()
# Units of measurement: a figure in one is a measure, never a count (3.5千克 need not be whole), kept as written
# (千克 stays 千克). The units of statistical communiqués: energy and power, fuel, transport, area, length, mass,
# volume, pressure, frequency, temperature. Not 伏 (三伏天), 升 (从10升至5), 帕 or 度 alone: those are words too.
MEASURE_UNITS = (
    "千瓦时 千瓦小时 千瓦特 千瓦 兆瓦时 兆瓦 吉瓦时 吉瓦 太瓦时 瓦时 瓦特 瓦 千伏安 兆伏安 千伏 千焦 兆焦 焦耳 千卡 "
    "吨标准煤 千克标准煤 吨标煤 吨油当量 吨公里 人公里 标准箱 标箱 "
    "千公顷 公顷 平方公里 平方千米 平方米 平米 立方米 亩 千米 公里 海里 米 厘米 毫米 毫米汞柱 "
    "吨 千克 公斤 克 毫克 微克 斤 公升 毫升 兆帕 千帕 兆赫 千赫 摄氏度 ℃"
).split()
# A unit that starts with a numeral character (千瓦, 千克, 兆瓦) is a unit when it follows a figure: the longest
# unit wins over reading its first character as a multiplier (9.83亿千瓦时 is 9.83亿 kWh, 120万千瓦 is 120万 kW,
# 3.5千克 is 3.5 千克).  No unit before these characters, where it starts another word (三千卡车: 3000 lorries,
# 两千瓦房: 2000 tiled houses).
UNIT_NOT_BEFORE: dict[str, str] = {"千卡": "车片位通", "千瓦": "房片解", "瓦": "房片解斯"}
# One unit per another after a slash is one unit: 5506公斤/公顷 (a yield), 35微克/立方米, 120公里/小时.
PER_UNIT_MARK = "/"
PER_UNIT_DENOMINATORS = "公顷 亩 平方米 平方公里 立方米 升 公升 小时 秒 人 年 天".split()
# Per-N rates: 14.3/10万 is 14.3 per 100,000; 每万人, 每十万人口, 每千人, 每100户 name the base of a rate, which is
# no figure; the figure the rate gives is an average (每万车死亡率1.8, 每千人口执业医师3.40人), never a count.
PER_BASE_UNITS = ("/10万", "/万")
PER_N = "每"
# An age is a span of years (79.3岁 of life expectancy need not be whole): a duration, never a count.
YEAR_UNIT = "年"
MONTH_UNIT = "个月"
# 两个亿, 一个亿: 亿 as speech counts it, with a measure word before it (2亿, 1亿)
COLLOQUIAL_YI = "个亿"
# Words before a term of years or months (有期徒刑一年, 缓刑一年六个月, 为期一年): a lone 一 after them counts a year.
TERM_WORDS = ("有期徒刑", "缓刑", "拘役", "管制", "刑期", "为期", "服刑", "期限为", "任期")
# 十一年零六个月: 零 joins the months to the years; it is no figure (零六 is six).
TERM_JOINER = "零"
DURATION_UNITS = "个工作日 工作日 夜 个多小时 个小时 个星期 个季度 个月 小时 分钟 星期 季度 年 天 周 秒 周岁 岁".split()
CURRENCIES: dict[str, str] = {
    "美元": "USD",
    "欧元": "EUR",
    "港元": "HKD",
    "港币": "HKD",
    "日元": "JPY",
    "英镑": "GBP",
    "元人民币": "CNY",
    "人民币": "CNY",
    "澳元": "AUD",
    "加元": "CAD",
    "新台币": "TWD",
    "澳门元": "MOP",
    "韩元": "KRW",
    "卢布": "RUB",
    "元": "CNY",
    "圆": "CNY",
    "块钱": "CNY",
}
# A currency named right before the amount (港币2960元, 人民币3.14, 美元100): its currency, also over a plain 元 after.
CURRENCY_PREFIXES: dict[str, str] = {
    "人民币": "CNY",
    "港币": "HKD",
    "港元": "HKD",
    "美元": "USD",
    "欧元": "EUR",
    "英镑": "GBP",
    "日元": "JPY",
    "澳元": "AUD",
    "加元": "CAD",
    "新台币": "TWD",
}
# Words after a span of four-digit numbers that make it a range of amounts (1000-2000元), not of years.
AMOUNT_UNITS = ("%", "‰", "万", "亿", "人", "件", "起", "个", "名", "户", "家", "吨", "公斤", "平方米")
PERCENTAGE_POINTS = ("个百分点", "百分点")
# 上证指数收报3,250.12点, 下跌15.68点: index points, a measure, when the clause names an index or a close (a bare 3点 is
# a time of day, 3 o'clock).
INDEX_POINT = "点"
INDEX_NAMES = ("指数", "成指", "综指", "恒指", "沪指", "深指", "国指")  # named in the sentence before the figure
INDEX_CLOSE_WORDS = ("收报", "收于", "收涨", "收跌", "报收", "点位", *INDEX_NAMES)  # in the figure's clause
INDEX_POINT_NOT_BEFORE = "钟半整多前后左以"
TIME_OF_DAY_BEFORE = ("上午", "下午", "晚上", "凌晨", "中午", "早上", "傍晚", "夜间")
# 沪深300指数: a number glued between a name and 指数 names the index.
INDEX_WORD = "指数"
# 第十四个五年规划, 三年行动计划: a plan named by its span of years; the years are its name, no figure
PLAN_WORDS = ("规划", "计划")
# 1年期LPR, 10年期国债, 7天期逆回购: a term before 期 names a product (not 期间, 期内, 期末: "within the years").
TENOR_UNITS = ("年", "天", "个月", "月")
TENOR_MARK = "期"
NOT_TENOR = "间内末初中满"
# A basis point (基点) is a hundredth of a percentage point: 下调10个基点 = 0.1 pp, never 10 of 个.
BASIS_POINTS = ("个基点", "基点")
# In an exchange rate's fixing a 基点 is a pip, a ten-thousandth of the currency: not read as a percentage point.
EXCHANGE_RATE_WORDS = ("中间价", "汇率", "对美元", "兑美元", "对欧元", "兑欧元", "对日元")
PER_MILLE_POINTS = ("个千分点", "千分点")
# N成 is N tenths; not when 成 begins a word (成功, 成为, 成立 ...).
CHENG = "成"
CHENG_NOT_BEFORE = frozenset("功为立员本果绩交就长型品熟年都人效分份败像才全套批")
# ... but 成 is a share again before these (两成人口, 三成年轻人, 近一成人员: of the population, young people, staff).
CHENG_SHARE_OF = ("人口", "年轻", "人员", "员工", "人次", "人群")
# N折 is a price at N tenths (八折 = 80%, 75折 = 75%); not when 折 begins a word (折合, 折算, 折旧).
ZHE = "折"
ZHE_NOT_BEFORE = frozenset("合算旧射叠线腾服中价返现")
HALF = "半"  # 三成半 = 35%, 半成 = 5%
# 一个半月, 两个半小时: the time units that take 个 and then 半 (1.5 months, 2.5 hours).
HALF_AFTER_GE = ("小时", "钟头", "星期", "季度", "世纪", "月")
# 半 starting a word of its own after a measure word (一年半数以上, 三天半价): no half is added.
HALF_WORD_STARTS = frozenset("数年月天日价场成途夜边径岛导自封决身")
# 近 followed by one of these means "the last N", not "nearly N".
GE_HALF = "个半"  # 一个半月, 一个半小时: 一 is one and a half of the time unit after
NOT_AFTER_HALF = frozenset("数价")  # 半数, 半价: words, no half of the unit before
HOURS = "小时"
CLOCK_PARTS = frozenset("分秒")  # 2小时01分09秒: two-digit minutes and seconds after hours or minutes
CLOCK_PARTS_BEFORE = ("小时", "分")
GRADE = "级"  # after Arabic digits a force or a magnitude (12级, 7.4级); after Chinese numerals a grade's name
# 平均住院日为8.8日: 日 after a decimal is a length in days (3日 alone is a date, no figure)
DAY_OF_LENGTH = "日"
MONTH_OF_DATE = "月"  # 3月5日: the day of a month
DAY_BOUNDS_AFTER = ("内", "以内", "之内", "以上", "以下")  # 15日内缴纳, 五日以上十日以下拘留: days, not dates
DAY_TERM_WORDS = ("拘留", "整顿", "停业", "停产", "为期", "之日起", "期限为", "连续", "工作", "处")  # 行政拘留10日
MINUTES = "分钟"
SECOND_UNIT = "秒"  # 9秒83: a sports time, the digits after 秒 its hundredths
SPLIT_DECIMAL_UNITS = frozenset((SECOND_UNIT, "米"))  # 2米33: a height, the digits after 米 its centimetres
NOT_AFTER_WITHIN = frozenset("容部地蒙河涵在心外阁科")  # 内容, 内部, 内地, 内蒙古: words, no "within"
WITHIN_AFTER = ("范围内", "内")  # after a duration or a distance: 3天内, 50公里范围内 = within, as 以内 is
RECENT_TIME_UNITS = frozenset("年 个月 天 周 个星期 个季度 日 小时 个小时".split())
# A run of years or months: 连续两年.
RUN_WORDS = ("连续",)

# -- hedges ----------------------------------------------------------------------------------------------
APPROX = "approx"
NEAR = "near"
AT_LEAST = "at_least"
MORE_THAN = "more_than"
AT_MOST = "at_most"
LESS_THAN = "less_than"

PREFIX_HEDGES: dict[str, str] = {
    "大约": APPROX,
    "约为": APPROX,
    "大概": APPROX,
    "约": APPROX,
    "约合": APPROX,  # 约合20533美元: about, once converted
    "将近": NEAR,
    "接近": NEAR,
    "几乎": NEAR,  # 几乎一半: nearly half, never exactly 50%
    "近": NEAR,
    "超过": MORE_THAN,
    "多于": MORE_THAN,
    "高于": MORE_THAN,
    "大于": MORE_THAN,
    "逾": MORE_THAN,
    "刚过": MORE_THAN,
    "刚刚过": MORE_THAN,
    "超": MORE_THAN,
    "突破": MORE_THAN,
    "破": MORE_THAN,  # 播放量破10亿, 收视率破2: past it, as 突破 is
    "跌破": LESS_THAN,  # 跌破3000点: fell below it
    "大于等于": AT_LEAST,
    "达到或超过": AT_LEAST,  # 日降水量达到或超过50毫米: 50 or more, never more than 50
    "达到或者超过": AT_LEAST,
    "达到或高于": AT_LEAST,
    "等于或超过": AT_LEAST,
    "等于或高于": AT_LEAST,
    "等于或大于": AT_LEAST,
    "等于或多于": AT_LEAST,
    "等于或低于": AT_MOST,
    "等于或小于": AT_MOST,
    "等于或少于": AT_MOST,
    "达到或低于": AT_MOST,
    "大于或等于": AT_LEAST,
    "大于或者等于": AT_LEAST,
    "高于或等于": AT_LEAST,
    "多于或等于": AT_LEAST,
    "小于等于": AT_MOST,
    "小于或等于": AT_MOST,
    "小于或者等于": AT_MOST,
    "低于或等于": AT_MOST,
    "少于或等于": AT_MOST,
    "不少于": AT_LEAST,
    "不低于": AT_LEAST,
    "不小于": AT_LEAST,
    "不下于": AT_LEAST,
    "至少": AT_LEAST,
    "最少": AT_LEAST,
    "不超过": AT_MOST,
    "不多于": AT_MOST,
    "不高于": AT_MOST,
    "不大于": AT_MOST,
    "至多": AT_MOST,
    "最多": AT_MOST,
    "不足": LESS_THAN,
    "不到": LESS_THAN,
    "不满": LESS_THAN,
    "未满": LESS_THAN,
    "少于": LESS_THAN,
    "低于": LESS_THAN,
    "小于": LESS_THAN,
}
# A particle or copula between a hedge and its figure changes nothing: 超过了80, 至少是3, 最多为5.
HEDGE_PARTICLES = ("了", "是", "为", "达到了", "达到", "达")
# 约占40%, 约占全部案件的三分之一, 大约占了四成: 约 before 占 hedges the share 占 governs, however many words name
# the whole between them (the figure's own text stays the share alone).
SHARE_VERB = "占"
SHARE_APPROX = ("大约", "大概", "约")
# 破 alone is "past" after the measure it passes (播放量破10亿, 票房破50亿, 收视率破2, 人口破千万); elsewhere it closes
# a verb whose figure is what was broken or solved (打破3项纪录, 侦破11起, 告破3起): no bound.
BREAKS = "破"
BEFORE_BREAKS = frozenset("量额值率数房模价口入资")
# 约 closes many words (节约 saves, 制约 constrains): after these it is no hedge.
NOT_BEFORE_YUE = frozenset("节制签契预邀相违履婚公条特誓隐")
SUFFIX_HEDGES: dict[str, str] = {
    "或者以上": AT_LEAST,
    "或者更多": AT_LEAST,
    "或更多": AT_LEAST,
    "或者以下": AT_MOST,
    "或者更少": AT_MOST,
    "或更少": AT_MOST,
    "及以上": AT_LEAST,
    "或以上": AT_LEAST,
    "以上": AT_LEAST,
    "及以下": AT_MOST,
    "或以下": AT_MOST,
    "以下": AT_MOST,
    "以内": AT_MOST,
    "之内": AT_MOST,
    "左右": APPROX,
    "上下": APPROX,
}
SLIGHTLY_MORE_OR_LESS = ("强", "弱")  # after a share: 三分之一强 is a little more than a third, not read
MORE_WORDS = ("多", "余")  # 6000多, 2000余: [V, V + g)
JUST_OVER_AFTER = "出头"  # 三十出头, 40岁出头: a little over, (V, V + g)
AGE_UNIT = "岁"  # 40岁多 takes its 多 after the unit, as 一年多 does
# 两位数增长, 三位数: a number of digits (double-digit growth), no figure of two or three
DIGIT_COUNT_WORD = "位数"
# 一线城市, 三四线城市: tiers of cities, no figures
TIER_WORD = "线城市"
# G7次列车, D3102次: a train's number, a letter glued to digits before 次
TRAIN_NUMBER_MARK = "次"
COME = "来"  # 一百来万, 二十来岁: "about" or "a little over", by whom one asks: refused
FEW = "几"  # 十几 = 十多
RANGE_PREFIXES = {"数": "some", "几": "some", "上": "up"}  # 数十万 [2U, 10U); 上千 [U, 10U)

# -- fractions, multiples, ranges -----------------------------------------------------------------------------
FRACTION_MARK = "分之"  # 三分之一
PER_HUNDRED = {"百分之": "%", "千分之": "‰", "万分之": "‱", "十万分之": "/10万"}
HALF_WORDS = {"一半": ("1", "2"), "半数": ("1", "2")}
OVER_HALF = ("过半", "超半数", "过半数")
MULTIPLE_UNIT = "倍"
DOUBLINGS = {"翻一番": 2, "翻了一番": 2, "翻两番": 4, "翻了两番": 4, "翻三番": 8, "翻了三番": 8}
# 在20和30之间, 介于5%与10%之间: a range, as "between 20 and 30" is; without 之间 the two are two figures.
BETWEEN_JOINERS = ("和", "与")
BETWEEN_END = "之间"
# 5万元以上20万元以下, 三年以上十年以下: a band from the first bound to the second, both included (the wording of
# laws and penalties); 以上 joins the two only where 以下 closes the second.
BAND_JOINER = "以上"
BAND_END = "以下"
RANGE_JOINERS = ("至", "到", "—", "–", "-", "~", "～", BAND_JOINER)
RATIO_MARKS = (":", "∶")
RATIO_WORDS = ("比例", "比值", "之比", "比为", "比是", "结构")
IDIOM_OF_TEN = "十之"  # 十之八九: "most", an idiom before two numerals
# 过 before a lone 千, 万 or 亿 is "past" it (销量过亿, 观众过万人); after these it ends a word (经过, 通过, 不过)
PAST = "过"
CLASS_UNITS = frozenset("类级档等")  # 一、二类, 三、四级: the names of classes listed
PAST_WORD_ENDS = frozenset("经通不越超路闯度")

# -- non-figures ----------------------------------------------------------------------------------------------
# Names of plans, slogans and idioms that contain numeral characters.
NAMES = (
    "九年义务教育 十二年义务教育 985高校 211高校 985工程 211工程 985院校 211院校 "
    "十一五 十二五 十三五 十四五 十五五 一带一路 两会 三农 八项规定 十八大 十九大 二十大 十八届 十九届 二十届 "
    "一国两制 两学一做 三严三实 四个全面 四个意识 四个自信 两个维护 两个确立 五位一体 八类严重暴力 三去一降一补 "
    "一把手 一线 一体化 千方百计 一心一意 三令五申 四面八方 五湖四海 十全十美 千家万户 万无一失 九死一生 "
    "一五一十 七上八下 乱七八糟 三番五次 三心二意 四通八达 五花八门 十拿九稳 千辛万苦 千军万马 万众一心 "
    "一清二楚 独一无二 接二连三 三五成群 半斤八两 一举两得 两面三刀 颠三倒四 说三道四 丢三落四 低三下四 "
    "百花齐放 百家争鸣 千载难逢 万紫千红 千变万化 成千上万 千丝万缕 一干二净 一穷二白 亿万 千千万万 "
    "万万 百分百 十分 百姓 百货 万一 三次产业 "
    "两个一百年 十万火急 十万八千里 五十步笑百步 三十而立 四十不惑 "
    "十一期间 十一假期 十一长假 十一黄金周 十一前后 十一国庆 国庆十一 "
    "二套房 二套住房 四分位 十分位 百分位 一类疫苗 二类疫苗 一本线 二本线 三本线 一本院校 二本院校 一本批次 二本批次 "
    "建军一百年 建党一百年 建国一百年 建军百年 建党百年"
).split()
# After a figure these make it a label: 70周年, 1990年代, 12月, 3日, 十九大, 12345热线.
LABEL_WORDS = ("周年", "年代", "世纪", "年级")
# N季度 with no 个 names a quarter of the year (三季度 = Q3), unless a word before makes it a count (前三季度).
QUARTER = "季度"
QUARTER_COUNTED_AFTER = ("前", "近", "后", "头", "连续")
# A numeral with no measure word right before one of these names a school, a road, a team: 十一中, 二十路, 三十队.
NAME_AFTER_NUMERAL = frozenset("中小路楼院厂队班组区线站团师旅军连排营")
# ... and after digits with no measure word, a floor or a bus route: 住在6楼, 12路公交 (3栋楼 counts buildings)
NAME_AFTER_DIGITS = frozenset("楼路")
RATIO_WORD = "比"  # 二十比一: a ratio or a score
LABEL_SUFFIXES = ("月", "日", "号", "时", "点", "大", "中全会", "热线", "报警", "专线", "强")  # 世界500强: a ranking
# Codes' names: labels even with a colon between (邮编：353000), where 表：3 and 代表：56人 stay figures.
CODE_LABELS = ("编号", "序号", "代码", "邮编", "邮政编码", "编码")
# Before a figure these make it a label: 第3, 表1, 图2, 附件1, 编号12.
LABEL_PREFIXES = ("第", "表", "图", "附件", "附表", "附图", "注", *CODE_LABELS)  # 注1: a note's number
# ... but 表, 图 and 注 also end words (代表, 发表, 试图, 关注): before a number with a measure word they label nothing.
WORD_END_LABELS = ("表", "图", "注")  # 代表, 试图, 关注
SHOWN_AFTER_UNIT = frozenset("示述列载")  # 如表3所示, 图2所述: 所 starts a word there, no measure word
# Hotline and service numbers (110 police, 119 fire, 120 ambulance, 12345 government service ...) name a line, not a
# count, when a word of the service follows (110警情, 12345热线, 110、119、120联动) or a verb of dialling precedes.
HOTLINES = frozenset(
    "110 119 120 122 12110 12123 12306 12309 12315 12320 12321 12328 12333 12337 12338 12339 12345 12348 12355 "
    "12356 12358 12365 12366 12368 12369 12388 96110 999".split()
)
HOTLINE_WORDS = (
    "警情 报警 接警 接处警 出警 报案 热线 专线 电话 平台 指挥 求助 急救 服务 工单 来电 诉求 联动 举报 便民 政务 "
    "受理 中心 系统 派单 转办 号码 反诈 投诉"
).split()
DIAL_WORDS = ("拨打", "拨通", "致电", "拨")
# N届 before these is a session: 十三届全国人大.
SESSION_AFTER = (
    "全国",
    "人大",
    "政协",
    "中央",
    "全会",
    "中全会",
    "委员会",
    "代表大会",
    "党代会",
    "人民代表",
    "省委",
    "市委",
    "区委",
    "县委",
    "一次",
    "二次",
    "三次",
    "四次",
    "五次",
    "六次",
    "七次",
)
# After one of these, N次 names a session (十二届全国人大五次会议), not a count of times.
SESSION_BODIES = ("人大", "政协", "全会", "常委会", "委员会", "代表大会", "党代会")
LIST_MARKS = ("、", ".", "．")  # 1、 1. at the start of a line
LIST_WORD_AFTER = "是"  # 一是 二是: enumerating points
SECOND_TIME = "二次"  # 二次 (with 二, not 两) is "secondary / a second time", never a count
DOCUMENT_BRACKETS = (("〔", "〕"), ("[", "]"), ("【", "】"))
QUOTES = (("“", "”"), ("「", "」"), ("《", "》"))

# -- kinds ----------------------------------------------------------------------------------------------------------
# A percentage is a share of a whole after these words, capped at 100% ...
SHARE_WORDS = ("率", "占", "比例", "比重", "份额")
# ... unless it measures against a target or grows: then it is a rate and may pass 100%.
RATE_WORDS = (
    "完成率",
    "增长率",
    "执行率",
    "达成率",
    "到位率",
    "增速",
    "目标",
    "计划",
    "预算",
    "任务",
    "同比",
    "环比",
    "比上年",
    "增长",
    "下降",
    "上升",
    "增加",
    "减少",
    "增幅",
    "降幅",
    "涨",
    "降",
    "成长",  # 較去年同期成長逾兩成: growth, as Taiwan writes it
    "年增",  # 营收年增逾3成: year-on-year growth
    "年减",
)
# A figure after these is an average or per-N rate, not a count: 人均, 每万人拥有律师3.5名.
AVERAGE_WORDS = ("人均", "平均", "每", "户均", "日均", "年均", "月均", "均")
# Words that make a figure a total: a count with a fraction after them (共有网格3212.5个) is a slip, not a mean.
TOTAL_WORDS = ("共", "总", "合计", "累计", "全部")
