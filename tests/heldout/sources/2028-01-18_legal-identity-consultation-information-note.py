"""Write tests/heldout/2028-01-18_legal-identity-consultation-information-note.pdf.

Held-out DEVELOPMENT document: an Arabic information note (مذكرة معلومات) for a
regional consultation on legal identity and birth registration for migrants
(Cairo, 18-20 January 2028), laid out as a UN document with PyMuPDF's Story
(HTML + CSS, DejaVu Sans, right to left), a running header and footer with
page numbers, headings, numbered lists and a programme table.

Arabic-Indic numbers are laid out as MuPDF lays them out (left to right, the
way every producer draws them): the loader must read them back in order. The
workaround below (NUMBERS_WITH_ACTUALTEXT, off) was written for PyMuPDF's own
extractor; no producer writes numbers that way, so the document does not.

With it on: MuPDF's text extractor treats U+0660-0669 as
right-to-left characters, so a number laid out left to right comes back
reversed ("٢٠٢٨" -> "٨٢٠٢"). To keep the visible page correct *and* the
extracted text in logical order, every Arabic-Indic number is laid out with
a right-to-left override of its reversed digits (so the glyphs are emitted
right to left, as the rest of the Arabic line), then each digit glyph is
wrapped in a marked-content span whose /ActualText is the logical digit.
The two override control characters (which MuPDF draws as zero-width space
glyphs) are removed from the content stream.

Run from the repository root:
    .venv/bin/python tests/heldout/sources/2028-01-18_legal-identity-consultation-information-note.py
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pymupdf

STEM = "2028-01-18_legal-identity-consultation-information-note"
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / f"{STEM}.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

PAGE = pymupdf.paper_rect("a4")  # 595 x 842
BODY = pymupdf.Rect(64, 92, 531, 768)

CSS = """
@font-face {font-family: dv; src: url(DejaVuSans.ttf);}
@font-face {font-family: dv; src: url(DejaVuSans-Bold.ttf); font-weight: bold;}
* {font-family: dv; font-size: 10.3pt; line-height: 1.5;}
p {margin-top: 0; margin-bottom: 6pt; text-align: justify;}
h1 {font-size: 15pt; text-align: center; margin-top: 4pt; margin-bottom: 4pt;}
h2 {font-size: 11.5pt; margin-top: 12pt; margin-bottom: 5pt;}
.org {text-align: center; font-size: 9.5pt; margin-bottom: 2pt;}
.partners {text-align: center; font-size: 8.5pt; color: #333333; margin-bottom: 8pt;}
.kind {text-align: center; font-size: 12pt; margin-bottom: 0;}
.when {text-align: center; font-size: 11pt; margin-bottom: 2pt;}
.meta {font-size: 8.5pt; text-align: right; margin-bottom: 1pt; color: #333333;}
.li {margin-right: 18pt; margin-bottom: 3pt;}
.note {font-size: 9pt; color: #333333;}
table {border-collapse: collapse; width: 100%; margin-top: 4pt; margin-bottom: 8pt;}
th, td {border: 0.6pt solid #555555; padding: 3pt; font-size: 8.8pt; line-height: 1.35; text-align: right;}
th {border-bottom: 1.2pt solid #333333;}
td.day {font-size: 9pt; padding-top: 4pt;}
hr {margin-top: 6pt; margin-bottom: 6pt;}
"""

# --------------------------------------------------------------------------
# Content (Arabic, right to left).
# --------------------------------------------------------------------------

BODY_HTML = """
<div dir="rtl">
<p class="meta" dir="rtl">التوزيع: عام</p>
<p class="meta" dir="rtl">٢٥ تشرين الأول/أكتوبر ٢٠٢٧</p>
<p class="meta" dir="rtl">الأصل: بالعربية</p>
<p class="org" dir="rtl"><b>الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة في المنطقة العربية</b></p>
<p class="partners" dir="rtl">بالتعاون مع المفوضية السامية للأمم المتحدة لشؤون اللاجئين ومنظمة الأمم المتحدة للطفولة (اليونيسف) وجامعة الدول العربية</p>
<hr/>
<p class="kind" dir="rtl"><b>مذكرة معلومات</b></p>
<h1 dir="rtl">المشاورة الإقليمية بشأن الهوية القانونية وتسجيل المواليد للمهاجرين في المنطقة العربية</h1>
<p class="when" dir="rtl">القاهرة، من الثلاثاء ١٨ إلى الخميس ٢٠ كانون الثاني/يناير ٢٠٢٨</p>
<p class="when" dir="rtl">قاعة الفسطاط، مركز الزمالك للمؤتمرات</p>
<hr/>

<h2 dir="rtl">أولاً – الخلفية</h2>
<p dir="rtl">١- يشكّل إثبات الهوية القانونية مدخلاً لا غنى عنه للتمتع بسائر الحقوق والخدمات، من التعليم والرعاية الصحية إلى العمل اللائق والحماية الاجتماعية وفتح حساب مصرفي. وقد خصّص الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية هدفه الرابع لضمان حصول جميع المهاجرين على ما يثبت هويتهم القانونية وعلى وثائق مناسبة، ويتقاطع هذا الهدف مع الغاية التاسعة من الهدف ١٦ من أهداف التنمية المستدامة، المتعلقة بتوفير هوية قانونية للجميع، بما في ذلك تسجيل المواليد، بحلول عام ٢٠٣٠.</p>
<p dir="rtl">٢- غير أن الفجوات لا تزال واسعة في المنطقة العربية. فوفقاً لتقديرات المفوضية، بلغ عدد الأشخاص عديمي الجنسية أو المعرضين لخطر انعدام الجنسية في البلدان العربية نحو ٣٧٠ ألف شخص في نهاية عام ٢٠٢٦. وتشير دراسة أجرتها اليونيسف في عام ٢٠٢٥ في ستة بلدان من المنطقة إلى أن نحو ٢١٥ ألف طفل ولدوا لأبوين مهاجرين أو لاجئين لم يسجلوا عند الولادة، وأن نسبة تسجيل المواليد بين أطفال العمال المهاجرين في وضع غير نظامي لا تتجاوز ٤٨ في المائة.</p>
<p dir="rtl">٣- وتعود هذه الفجوات إلى عوائق متعددة، منها اشتراط وثائق يصعب على الوالدين المهاجرين تقديمها، كعقد الزواج الموثق أو تصريح الإقامة الساري، والرسوم والغرامات المترتبة على التسجيل المتأخر، والخوف من الاحتجاز أو الترحيل عند مراجعة الدوائر الحكومية، وبعد مكاتب الأحوال المدنية عن أماكن السكن، فضلاً عن القوانين التي لا تتيح للأمهات نقل جنسيتهن إلى أطفالهن على قدم المساواة مع الآباء.</p>
<p dir="rtl">٤- وتأتي هذه المشاورة امتداداً للاجتماع التقني الذي عقدته الشبكة في عمّان في تشرين الأول/أكتوبر ٢٠٢٥ حول الهوية الرقمية والهجرة، وستسهم نتائجها في الاستعراض الإقليمي لتنفيذ الاتفاق العالمي من أجل الهجرة في المنطقة العربية، ومن خلاله في الدورة المقبلة لمنتدى استعراض الهجرة الدولية (IMRF).</p>

<h2 dir="rtl">ثانياً – الأهداف</h2>
<p dir="rtl">تهدف المشاورة إلى ما يلي:</p>
<p class="li" dir="rtl">١. تبادل الخبرات والممارسات الجيدة بين الدول الأعضاء في جامعة الدول العربية في تيسير تسجيل مواليد المهاجرين واللاجئين، بصرف النظر عن الوضع القانوني للوالدين؛</p>
<p class="li" dir="rtl">٢. تحديد العوائق القانونية والإدارية والعملية التي تحول دون حصول المهاجرين على وثائق الهوية والأحوال المدنية؛</p>
<p class="li" dir="rtl">٣. مناقشة الضمانات اللازمة للفصل بين خدمات الأحوال المدنية وإجراءات إنفاذ قوانين الهجرة، أو ما يعرف بجدران الحماية؛</p>
<p class="li" dir="rtl">٤. استكشاف فرص التعاون القنصلي والإقليمي، بما في ذلك الاعتراف المتبادل بالوثائق والحلول الرقمية؛</p>
<p class="li" dir="rtl">٥. صياغة مجموعة من التوصيات العملية ترفع إلى الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في إطار الهدف ٤.</p>

<h2 dir="rtl">ثالثاً – المشاركون وعدد المقاعد</h2>
<p dir="rtl">تعقد المشاورة حضورياً فقط، ويتسع مكان الانعقاد لـ ٩٠ مشاركاً ومشاركة كحد أقصى، توزع مقاعدهم على النحو التالي:</p>
<p class="li" dir="rtl">(أ) ٤٤ مقعداً لممثلي الدول الأعضاء في جامعة الدول العربية، بواقع مقعدين لكل دولة، يفضل أن يكون أحدهما من سلطة الأحوال المدنية والآخر من الجهة المعنية بالهجرة أو الإقامة؛</p>
<p class="li" dir="rtl">(ب) ٣٠ مقعداً لمنظمات المجتمع المدني والمنظمات التي يقودها مهاجرون أو لاجئون والمؤسسات الوطنية لحقوق الإنسان والأوساط الأكاديمية؛</p>
<p class="li" dir="rtl">(ج) ١٦ مقعداً لوكالات الأمم المتحدة والمنظمات الإقليمية والشركاء الآخرين.</p>
<p dir="rtl">ويقتصر تمثيل كل منظمة غير حكومية على مشارك واحد. وتخصص المقاعد المتاحة للمجتمع المدني وفق معايير التوازن الجغرافي والتوازن بين الجنسين وتنوع الخبرات.</p>

<h2 dir="rtl">رابعاً – الأهلية وطريقة التسجيل</h2>
<p dir="rtl">تسجل الدول الأعضاء وفودها عن طريق بعثاتها الدائمة لدى جامعة الدول العربية، بمذكرة شفوية توجه إلى أمانة الشبكة. أما المنظمات الحاصلة على المركز الاستشاري لدى المجلس الاقتصادي والاجتماعي (ECOSOC)، فتسجل ممثليها مباشرة عبر استمارة التسجيل الإلكترونية:</p>
<p dir="ltr" style="text-align: left;">https://unmigration-arab.example/lic2028/register</p>
<p dir="rtl">ويجوز للمنظمات غير الحاصلة على هذا المركز أن تطلب المشاركة عبر استمارة طلب الاعتماد الخاص المتاحة على الإنترنت، على أن تكون مسجلة قانونياً في إحدى الدول الأعضاء في جامعة الدول العربية، وأن تكون لها خبرة لا تقل عن سنتين في العمل مع المهاجرين أو اللاجئين أو عديمي الجنسية. ويرفق بالطلب نبذة عن المنظمة في صفحة واحدة ورسالة توصية من إحدى وكالات الأمم المتحدة أو من منظمة شريكة. ورابط الاستمارة هو:</p>
<p dir="ltr" style="text-align: left;">https://unmigration-arab.example/lic2028/apply</p>
<p dir="rtl">وتقدم طلبات الاعتماد الخاص في موعد أقصاه الخميس ١٨ تشرين الثاني/نوفمبر ٢٠٢٧، ولا ينظر في الطلبات التي ترد بعد هذا التاريخ. وتبلغ المنظمات المقبولة بالبريد الإلكتروني، وتدعى بعد ذلك إلى استكمال التسجيل عبر الاستمارة الإلكترونية نفسها المخصصة للمنظمات ذات المركز الاستشاري.</p>
<p dir="rtl">ويغلق باب التسجيل لجميع الفئات في موعد أقصاه الخميس ٩ كانون الأول/ديسمبر ٢٠٢٧. ولا تعتبر المشاركة مؤكدة إلا بعد تلقي رسالة تأكيد من الأمانة.</p>

<h2 dir="rtl">خامساً – المساهمات المكتوبة</h2>
<p dir="rtl">يدعى المشاركون المسجلون إلى تقديم مساهمات مكتوبة، كدراسات الحالة أو الممارسات الجيدة أو التوصيات، لا تتجاوز ثلاث صفحات، باللغة العربية أو الإنكليزية أو الفرنسية. وترسل المساهمات بصيغة Word أو PDF إلى العنوان التالي:</p>
<p dir="ltr" style="text-align: left;">lic2028.inputs@unmigration-arab.example</p>
<p dir="rtl">وذلك في موعد أقصاه الأحد ١٩ كانون الأول/ديسمبر ٢٠٢٧. وستجمع المساهمات في وثيقة خلفية تتاح للمشاركين قبل انعقاد المشاورة، ولن تقبل المساهمات التي تتجاوز الحد المذكور.</p>

<h2 dir="rtl">سادساً – الإحاطة التحضيرية عبر الإنترنت</h2>
<p dir="rtl">تعقد يوم الأربعاء ١٢ كانون الثاني/يناير ٢٠٢٨ إحاطة تحضيرية عبر الإنترنت على منصة Zoom للمشاركين المسجلين، من الساعة ١١:٠٠ إلى الساعة ١٢:٣٠ بتوقيت القاهرة، لعرض منهجية المشاورة وتوزيع المشاركين على مجموعات العمل والإجابة عن الأسئلة العملية. ويرسل رابط الإحاطة إلى المسجلين قبل موعدها بثلاثة أيام.</p>

<h2 dir="rtl">سابعاً – الدعم المالي للسفر</h2>
<p dir="rtl">يتوفر عدد محدود من منح السفر، يقارب ٢٠ منحة، لممثلي منظمات المجتمع المدني والمنظمات التي يقودها مهاجرون أو لاجئون من خارج مصر. وتغطي المنحة تذكرة سفر ذهاباً وإياباً بالدرجة السياحية، والإقامة لثلاث ليال في فندق قريب من مكان الانعقاد تحجزه الأمانة، وبدلاً يومياً وفق قواعد الأمم المتحدة. ولا تغطي المنحة رسوم التأشيرة ولا التأمين الصحي أثناء السفر. ويشترط للاستفادة من المنحة ما يلي:</p>
<p class="li" dir="rtl">١. أن يكون مقر المنظمة في إحدى الدول الأعضاء في جامعة الدول العربية، باستثناء مصر؛</p>
<p class="li" dir="rtl">٢. أن يطلب الدعم عند التسجيل، بوضع علامة في الخانة المخصصة لذلك في الاستمارة، قبل إغلاق باب التسجيل؛</p>
<p class="li" dir="rtl">٣. أن يلتزم المشارك بحضور أيام المشاورة الثلاثة كاملة؛</p>
<p class="li" dir="rtl">٤. تعطى الأولوية للمنظمات التي يقودها مهاجرون أو لاجئون وللمشاركات من النساء.</p>
<p dir="rtl">ولا تشمل المنح ممثلي الحكومات، إذ يتوقع أن تتحمل الدول الأعضاء تكاليف مشاركة وفودها. وتبلغ المنظمات المستفيدة من المنح بحلول الخميس ١٦ كانون الأول/ديسمبر ٢٠٢٧. ويتولى المشاركون إجراءات الحصول على تأشيرة الدخول إلى مصر عند الاقتضاء، وتصدر الأمانة رسائل دعوة رسمية لمن يطلبها.</p>

<h2 dir="rtl">ثامناً – اللغات والترجمة الفورية</h2>
<p dir="rtl">تعقد المشاورة باللغتين العربية والإنكليزية، مع ترجمة فورية بينهما في جميع الجلسات. وتتوفر الترجمة الفورية إلى الفرنسية في الجلسات العامة فقط، ولا تتوفر في مجموعات العمل. كما تتوفر ترجمة إلى لغة الإشارة العربية في الجلستين الافتتاحية والختامية. وتصدر وثائق المشاورة باللغتين العربية والإنكليزية.</p>

<h2 dir="rtl">تاسعاً – البرنامج المبدئي</h2>
<table dir="rtl">
<tr><th>الوقت (بتوقيت القاهرة)</th><th>الجلسة</th><th>المتحدثون والميسرون</th></tr>
<tr><td colspan="3" class="day"><b>اليوم الأول – الثلاثاء ١٨ كانون الثاني/يناير ٢٠٢٨</b></td></tr>
<tr><td>٠٨:٣٠–٠٩:٣٠</td><td>التسجيل واستلام الشارات</td><td>–</td></tr>
<tr><td>٠٩:٣٠–١٠:٣٠</td><td>الجلسة الافتتاحية</td><td>السفير حسام الدين الشريف، مدير إدارة المغتربين والهجرة، جامعة الدول العربية؛ السيدة منى الدسوقي، منسقة الشبكة الإقليمية؛ ممثل عن وزارة الداخلية المصرية (يحدد لاحقاً)</td></tr>
<tr><td>١١:٠٠–١٣:٠٠</td><td>الجلسة الأولى: الهوية القانونية في المنطقة العربية، الأرقام والفجوات</td><td>د. ريم العبيدي، أخصائية حماية الطفل، المكتب الإقليمي لليونيسف؛ السيد طارق المنصوري، مسؤول الحماية الإقليمي، المفوضية</td></tr>
<tr><td>١٤:٣٠–١٦:٣٠</td><td>الجلسة الثانية: تسجيل مواليد المهاجرين في وضع غير نظامي وجدران الحماية</td><td>تدير الجلسة: السيدة لينا حداد، مستشارة قانونية، المنظمة العربية لحقوق الإنسان</td></tr>
<tr><td colspan="3" class="day"><b>اليوم الثاني – الأربعاء ١٩ كانون الثاني/يناير ٢٠٢٨</b></td></tr>
<tr><td>٠٩:٣٠–١٢:٣٠</td><td>مجموعات العمل: (أ) التسجيل المتأخر والغرامات؛ (ب) التعاون القنصلي؛ (ج) الحلول الرقمية وحماية البيانات</td><td>ميسرون من الجهات المنظمة</td></tr>
<tr><td>١٤:٠٠–١٦:٠٠</td><td>الجلسة الثالثة: منع انعدام الجنسية وحق الأمهات في منح جنسيتهن</td><td>يحدد لاحقاً</td></tr>
<tr><td colspan="3" class="day"><b>اليوم الثالث – الخميس ٢٠ كانون الثاني/يناير ٢٠٢٨</b></td></tr>
<tr><td>٠٩:٣٠–١١:٣٠</td><td>عرض نتائج مجموعات العمل ومناقشتها</td><td>مقررو مجموعات العمل</td></tr>
<tr><td>١٢:٠٠–١٣:٠٠</td><td>الجلسة الختامية: اعتماد التوصيات والخطوات التالية</td><td>الجهات المنظمة</td></tr>
</table>
<p class="note" dir="rtl">البرنامج مبدئي وقابل للتعديل. وتنشر النسخة النهائية على الموقع الإلكتروني للشبكة قبل انعقاد المشاورة.</p>

<h2 dir="rtl">عاشراً – النتائج المتوقعة</h2>
<p dir="rtl">يصدر عن المشاورة تقرير موجز يتضمن التوصيات المعتمدة، باللغتين العربية والإنكليزية، في غضون أربعة أسابيع من اختتامها، ويرفع إلى الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة بوصفه مساهمة أصحاب المصلحة في الهدف ٤.</p>

<h2 dir="rtl">حادي عشر – جهة الاتصال</h2>
<p dir="rtl">للاستفسار عن التسجيل والبرنامج، يرجى التواصل مع السيدة هالة القباني، مسؤولة التنسيق في أمانة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة، عبر البريد الإلكتروني أو الهاتف:</p>
<p dir="ltr" style="text-align: left;">h.qabbani@unmigration-arab.example</p>
<p dir="ltr" style="text-align: left;">+20 2 2555 0147</p>
<p dir="rtl">وللاستفسار عن منح السفر ورسائل الدعوة الخاصة بالتأشيرات، يرجى التواصل مع السيد يوسف العمري، المساعد الإداري:</p>
<p dir="ltr" style="text-align: left;">y.omari@unmigration-arab.example</p>
</div>
"""

HEADER_RIGHT = "الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة – المنطقة العربية"
HEADER_LEFT = "UNNM-ARAB/LIC/2028/INF.1"
FOOTER_RIGHT = "مذكرة معلومات – المشاورة الإقليمية بشأن الهوية القانونية وتسجيل المواليد"
FOOTER_PAGE = "الصفحة {n} من {total}"

# --------------------------------------------------------------------------
# Arabic-Indic numbers: lay out reversed under a right-to-left override.
# --------------------------------------------------------------------------

NUMBER = re.compile("[٠-٩](?:[٠-٩:٫٬/]*[٠-٩])?")
RLO, PDF_ = "\u202e", "\u202c"
NUMBERS_WITH_ACTUALTEXT = False


def rtl_numbers(html: str) -> str:
    if not NUMBERS_WITH_ACTUALTEXT:
        return html
    return NUMBER.sub(lambda m: RLO + m.group(0)[::-1] + PDF_, html)


REGULAR = pymupdf.Font(fontfile=str(DEJAVU / "DejaVuSans.ttf"))
BOLD = pymupdf.Font(fontfile=str(DEJAVU / "DejaVuSans-Bold.ttf"))
SPACE_GID = REGULAR.has_glyph(0x20)
GID_CHAR = {REGULAR.has_glyph(ord(c)): c for c in "٠١٢٣٤٥٦٧٨٩:٫٬/"}
assert all(BOLD.has_glyph(ord(c)) == g for g, c in GID_CHAR.items())
DIGIT_GIDS = {g for g, c in GID_CHAR.items() if "٠" <= c <= "٩"}
SPACE_WIDTH = {"regular": round(REGULAR.glyph_advance(0x20) * 1000), "bold": round(BOLD.glyph_advance(0x20) * 1000)}

ITEM = re.compile(rb"<([0-9a-fA-F]*)>|(-?[0-9.]+)")


def font_weights(doc: pymupdf.Document, holder: int) -> dict[bytes, str]:
    """Resource name -> 'regular' / 'bold' for the fonts of a page or form."""
    kind, value = doc.xref_get_key(holder, "Resources/Font")
    if kind == "null":
        return {}
    if kind == "xref":
        value = doc.xref_object(int(value.split()[0]), compressed=True)
    out = {}
    for name, ref in re.findall(r"/([A-Za-z0-9_.+-]+)\s*(\d+)\s+0\s+R", value):
        base = doc.xref_get_key(int(ref), "BaseFont")[1]
        out[name.encode()] = "bold" if "Bold" in base else "regular"
    return out


def fix_numbers(doc: pymupdf.Document) -> int:
    holders: dict[int, int] = {}
    for page in doc:
        for xref in page.get_contents():
            holders[xref] = page.xref
    for xref in range(1, doc.xref_length()):
        if doc.xref_get_key(xref, "Subtype") == ("name", "/Form"):
            holders[xref] = xref
    fixed = 0
    for xref, holder in holders.items():
        stream = doc.xref_stream(xref)
        if not stream or b"TJ" not in stream:
            continue
        weights = font_weights(doc, holder)
        out, pos, weight = [], 0, "regular"
        for m in re.finditer(rb"/([A-Za-z0-9_.+-]+)\s+[0-9.]+\s+Tf|\[([^\]]*)\]\s*TJ", stream):
            if m.group(1) is not None:
                weight = weights.get(m.group(1), "regular")
                continue
            items = []
            for hexs, num in ITEM.findall(m.group(2)):
                if num:
                    items.append(num)
                else:
                    items.extend(int(hexs[i:i + 4], 16) for i in range(0, len(hexs), 4))
            gids = [i for i in items if isinstance(i, int)]
            if not any(g in DIGIT_GIDS for g in gids) or not all(g in GID_CHAR or g == SPACE_GID for g in gids):
                continue
            run = [g for g in gids if g != SPACE_GID]
            logical = "".join(GID_CHAR[g] for g in run)[::-1]
            ops, buf, k = [], [], 0
            for item in items:
                if isinstance(item, bytes):
                    buf.append(item.decode())
                elif item == SPACE_GID:  # a bidi control drawn as a zero-width space
                    buf.append(str(-SPACE_WIDTH[weight]))
                else:
                    buf.append(f"<{item:04x}>")
                    ops.append(f"/Span <</ActualText <FEFF{ord(logical[k]):04X}>>> BDC [{' '.join(buf)}] TJ EMC")
                    buf, k = [], k + 1
            if buf:
                ops.append(f"[{' '.join(buf)}] TJ")
            out.append(stream[pos:m.start()])
            out.append("\n".join(ops).encode())
            pos = m.end()
            fixed += 1
        if out:
            out.append(stream[pos:])
            doc.update_stream(xref, b"".join(out))
    return fixed


# --------------------------------------------------------------------------
# Layout.
# --------------------------------------------------------------------------


def build() -> Path:
    archive = pymupdf.Archive(str(DEJAVU))
    body = rtl_numbers(BODY_HTML)
    story = pymupdf.Story(body, user_css=CSS, archive=archive)
    tmp = OUT.with_suffix(".tmp.pdf")
    writer = pymupdf.DocumentWriter(str(tmp))
    more = True
    while more:
        device = writer.begin_page(PAGE)
        more, _ = story.place(BODY)
        story.draw(device)
        writer.end_page()
    writer.close()

    doc = pymupdf.open(tmp)
    total = doc.page_count
    small = "font-size: 7.5pt; color: #444444; line-height: 1.2;"
    for number, page in enumerate(doc, start=1):
        # Inside dir="rtl" MuPDF mirrors text-align: "left" puts the line against the right margin.
        page.insert_htmlbox(pymupdf.Rect(64, 34, 300, 50),
                            f'<p dir="ltr" style="font-size: 9pt; text-align: left;"><b>{HEADER_LEFT}</b></p>',
                            css=CSS, archive=archive)
        page.insert_htmlbox(pymupdf.Rect(250, 46, 531, 60),
                            f'<p dir="rtl" style="{small} text-align: left;">{HEADER_RIGHT}</p>',
                            css=CSS, archive=archive)
        page.draw_line((64, 62), (531, 62), color=(0.35, 0.35, 0.35), width=0.6)
        page.draw_line((64, 782), (531, 782), color=(0.35, 0.35, 0.35), width=0.6)
        page.insert_htmlbox(pymupdf.Rect(64, 786, 531, 800),
                            f'<p dir="rtl" style="{small} text-align: left;">{FOOTER_RIGHT}</p>',
                            css=CSS, archive=archive)
        page.insert_htmlbox(pymupdf.Rect(64, 801, 531, 816),
                            rtl_numbers(f'<p dir="rtl" style="{small} text-align: center;">'
                                        f'{FOOTER_PAGE.format(n=to_arabic(number), total=to_arabic(total))}</p>'),
                            css=CSS, archive=archive)
    fixed = fix_numbers(doc) if NUMBERS_WITH_ACTUALTEXT else 0
    doc.set_metadata({
        "title": "مذكرة معلومات: المشاورة الإقليمية بشأن الهوية القانونية وتسجيل المواليد للمهاجرين في المنطقة العربية",
        "author": "الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة في المنطقة العربية",
        "subject": "Regional consultation on legal identity and birth registration for migrants, Cairo, 18-20 January 2028",
        "creator": "UNNM Arab Region secretariat",
    })
    doc.subset_fonts()
    doc.save(OUT, garbage=4, deflate=True, no_new_id=True)
    doc.close()
    tmp.unlink()
    if NUMBERS_WITH_ACTUALTEXT:
        check(fixed)
    return OUT


def to_arabic(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def check(fixed: int) -> None:
    """Every Arabic-Indic number must come back from PyMuPDF in logical order, in reading order."""
    doc = pymupdf.open(OUT)
    got = []
    for page in doc:
        for line in unicodedata.normalize("NFKC", page.get_text()).splitlines():
            if not line.startswith("الصفحة "):  # the running footer's page number
                got.extend(NUMBER.findall(line))
    wanted = NUMBER.findall(BODY_HTML)
    assert got == wanted, f"numbers not extracted in logical order: {[(w, g) for w, g in zip(wanted, got) if w != g]}"
    print(f"{OUT.name}: {doc.page_count} pages, {fixed} numbers given an /ActualText, {len(got)} read back in order")


if __name__ == "__main__":
    build()
