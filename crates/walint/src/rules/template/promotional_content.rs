//! T072 template-promotional-content

use std::borrow::Cow;
use std::sync::OnceLock;

use regex_lite::Regex;

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::rules::texts::Role;

declare_rule! {
    /// ## What it does
    /// Warns when a UTILITY or AUTHENTICATION template's text, buttons or URLs read as promotional.
    ///
    /// Looks for discounts and percentages off, coupon and promo codes, sales, "shop now"
    /// calls to action, "limited time" and "today only", free shipping, upsell, cross-sell and
    /// app-download wording, campaign-tagged URLs (`utm_campaign=`) and emoji-heavy calls to
    /// action, in English, Spanish, Portuguese, Indonesian, Hindi (Latin script), Italian,
    /// German and French, and the commonest offer wording in Arabic and Turkish (added in
    /// November 2026 from real templates). Each match is reported with its exact range. Words
    /// are matched whole and case-insensitively (Latin letters; other scripts as written);
    /// receipts ("a discount of $5 was applied"), percentages without an offer ("battery at
    /// 15%") and order codes of digits only are not promotional.
    ///
    /// ## Why is this bad
    /// Any promotional element makes a template MARKETING. Since 2025-04-09 Meta re-categorises
    /// a mismatching template at review instead of rejecting it, and since 2025-04-16 it also
    /// re-categorises approved templates (with 24 hours' notice in a `template_category_update`
    /// webhook). Every send of the template is then priced as marketing, several times the
    /// utility price in many markets, is no longer free inside the customer service window, and
    /// counts against marketing limits. It is a heuristic, so a warning.
    ///
    /// ## Example
    /// ```json
    /// {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Your order {{1}} has shipped! Use code SAVE20 for 20% off your next order.",
    ///    "example": {"body_text": [["A-1001"]]}}]}
    /// ```
    /// Use instead: keep the UTILITY template to the order update, and send the offer with a
    /// MARKETING template.
    /// ```json
    /// {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Your order {{1}} has shipped and is on its way to you.",
    ///    "example": {"body_text": [["A-1001"]]}}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-categorization
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/template_category_update
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/pricing
    pub static RULE = {
        code: "T072",
        name: "template-promotional-content",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-categorization",
        meta_error: None,
        since: "2025-04-16",
    }
}

/// What makes a text promotional, and the patterns that find it (case-insensitive; a match
/// must start and end on a word boundary where it starts or ends with a letter or digit).
const SIGNALS: &[(&str, &str)] = &[
    (
        "a percentage off",
        r"\d{1,3}(?:[.,]\d+)?\s?%\s?(?:off|discount|descuento|de descuento|dcto|desconto|de desconto|diskon|potongan|sconto|di sconto|rabatt|reduction|réduction|de réduction|de remise|remise|ki chhoot|chhoot|ki chhut|chhut|ki chhoot|خصم|تخفيض|indirim)",
    ),
    (
        "a percentage off",
        r"(?:%\s?\d{1,3}\s?indirim|(?:خصم|تخفيض)\s+\d{1,3}\s?[%٪])",
    ),
    (
        "a percentage off",
        r"(?:up to|upto|save|get|extra|flat|hasta|ahorra|hasta un|até|ganhe|economize|hingga|hemat|fino al|risparmia|bis zu|spare|sparen sie|jusqu'à|jusqu’à|économisez)\s+\d{1,3}\s?%",
    ),
    (
        "a percentage off",
        r"(?:discount|descuento|desconto|diskon|potongan harga|sconto|rabatt|réduction|remise|chhoot)\s+(?:of\s+|de\s+|del\s+|von\s+|hingga\s+|fino al\s+|jusqu'à\s+)?\d{1,3}\s?%",
    ),
    (
        "a buy-one-get-one offer",
        r"buy one,? get one|buy 1 get 1|bogo|compra uno,? ll[eé]vate otro|leve 2,? pague 1|beli 1 gratis 1|prendi 2 paghi 1|kaufe? 2,? zahle 1|2 achetés,? 1 offert",
    ),
    (
        "a coupon or promo code",
        r"coupons?|promo(?:tional)? codes?|discount codes?|voucher codes?|c[oó]digos? (?:promocional(?:es)?|de descuento|de desconto|promo)|cup[oó]n(?:es|s)?|cupom|kode (?:promo|voucher|diskon)|kupon|codice (?:sconto|promozionale|promo)|gutscheincode|rabattcode|aktionscode|codes? promo|code de réduction|bons? de réduction|كود (?:خصم|الخصم)|كوبون|indirim kodu|kupon kodu",
    ),
    (
        "a coupon or promo code",
        r"(?:use|apply|enter|usa|use o|utilize|gunakan|pakai|usa il|inserisci|nutze|verwende|gib|utilisez|utilise|saisissez)\s+(?:the\s+|our\s+|o\s+|el\s+|il\s+|den\s+|le\s+)?(?:code|c[oó]digo|kode|codice|gutschein|cupom|cup[oó]n)\s*:?\s+(?-i:[0-9]*[A-Z][A-Z0-9]{3,})",
    ),
    (
        "a sale",
        r"(?:flash|big|mega|huge|summer|winter|spring|holiday|clearance|year[- ]end|end[- ]of[- ]season|weekend|festive|diwali|bumper|anniversary)\s+sale|sale\s+(?:ends|starts|is on|is live|now on|prices?)|on sale|black friday|cyber monday|rebajas|gran(?:des)? ofertas?|ofertas? (?:especial(?:es)?|imperdibles?|exclusivas?|rel[aá]mpago)|promo[cç][aã]o|promo[cç][oõ]es|liquida[cç][aã]o|liquidaci[oó]n total|queima de estoque|ofertas? imperd[ií]ve(?:l|is)|condi[cç][aã]o especial|condi[cç][oõ]es especiais|oportunidade (?:especial|[uú]nica|imperd[ií]vel)|acesso antecipado|convite especial|obral|cuci gudang|harga spesial|saldi|promozion[ei]|offert[ae] (?:speciali?|imperdibil[ei]|esclusiv[ae]|lampo)|sonderangebot(?:e)?|schnäppchen|ausverkauf|rabattaktion|soldes|vente flash|déstockage|offres? (?:spéciales?|exclusives?|limitées?)|bons plans|special offers?|exclusive offers?|limited offers?|best deals?|hot deals?|deals? of the day|great deals|bumper offer|dhamaka|promos?|عروض? (?:حصري|حصرية|خاص|خاصة)|kampanya",
    ),
    (
        "a call to shop",
        r"shop now|buy now|order now|shop (?:the|our) (?:sale|collection|new)|grab (?:it|yours|the deal|this deal)|don'?t miss (?:out|this|it)|hurry|add to cart|compra (?:ya|ahora|hoy)|no te lo pierdas|date prisa|compre (?:j[aá]|agora)|n[aã]o perca|n[aã]o deixe passar|garanta (?:j[aá]|agora|a sua|o seu|os seus|as suas)|aproveite (?:agora|j[aá]|essa|esta)|beli sekarang|belanja sekarang|buruan|jangan lewatkan|segera beli|abhi (?:khareed(?:ein|e|o)|kharid(?:ein|e|o)|order karein|shop karein)|jaldi (?:karein|karo)|mauka na (?:chukein|chooko)|acquista (?:ora|subito)|compra (?:ora|subito)|non perdere|affrettati|jetzt (?:kaufen|shoppen|zugreifen|sichern)|nicht verpassen|achetez (?:maintenant|dès maintenant|vite)|ne manquez pas|d[ée]p[êe]chez-vous|commandez vite|aprovecha (?:ahora|ya|esta|este|antes)|haz tu pedido (?:ahora|ya|hoy)|(?:quieres|deseas) hacer tu pedido|aproveite e|pe[çc]a (?:j[aá]|agora)|(?:اطلب|تسوق|اشتر) الآن|hemen (?:sipari[şs] ver|sat[ıi]n al)",
    ),
    (
        "a time-limited offer",
        r"limited[- ]time|today only|only today|ends (?:tonight|today|soon|at midnight)|last chance|while (?:stocks|supplies) last|por tiempo limitado|s[oó]lo (?:por )?hoy|[uú]ltima oportunidad|hasta agotar (?:existencias|stock)|por tempo limitado|s[oó] hoje|[uú]ltima chance|enquanto durarem os estoques|waktu terbatas|hanya hari ini|kesempatan terakhir|selama persediaan masih ada|sirf aaj|aakhri mauka|tempo limitato|solo oggi|ultima occasione|fino ad esaurimento scorte|nur heute|zeitlich begrenzt|nur für kurze zeit|letzte chance|solange der vorrat reicht|durée limitée|aujourd'hui seulement|seulement aujourd'hui|dernière chance|dans la limite des stocks|antes de que se agoten?|[uú]ltimas unidades",
    ),
    (
        "free shipping",
        r"free (?:shipping|delivery|home delivery)|ships free|env[ií]o gratis|env[ií]o gratuito|frete gr[aá]tis|gratis ongkir|ongkir gratis|spedizione (?:gratuita|gratis)|kostenlose[rn]? versand|versandkostenfrei|livraison (?:gratuite|offerte)|ücretsiz kargo|شحن مجاني",
    ),
    (
        "upsell or cross-sell wording",
        r"you (?:may|might) also (?:like|love)|recommended for you|complete your look|upgrade (?:now|today|to premium)|check out our (?:new|latest)|new arrivals|new collection|just dropped|te (?:puede|podr[ií]a) (?:gustar|interesar)|nueva colecci[oó]n|nuevos productos|voc[eê] (?:tamb[eé]m )?(?:pode|vai) (?:gostar|amar)|nova cole[cç][aã]o|novidades|mungkin (?:kamu|anda) (?:juga )?suka|(?:kamu|anda) mungkin (?:juga )?suka|customers who (?:bought|purchased)|koleksi (?:terbaru|baru)|produk baru|potrebbe (?:piacerti|interessarti)|nuovi arrivi|nuova collezione|k[öo]nnte (?:dir|ihnen) (?:auch )?gefallen|neu eingetroffen|neue kollektion|vous (?:aimerez|pourriez aimer) aussi|nouveaut[ée]s|nouvelle collection|aapko (?:yeh|ye) bhi pasand|voir nos produits|d[ée]couvrez nos (?:produits|nouveaut[ée]s|offres)|repasser commande|entdecken sie unsere (?:neuen )?(?:produkte|angebote)|scopri (?:le (?:altre |nostre )?offerte|i nostri prodotti)|confira (?:nossos|nossas) (?:novos |novas )?(?:produtos|ofertas)|download (?:our|the) app|baixe (?:o nosso|nosso|o) app|descarga (?:nuestra|la) app|t[ée]l[ée]chargez (?:notre|l')appli(?:cation)?|scarica (?:la nostra|l')app|laden sie (?:unsere|die) app",
    ),
    ("a campaign-tagged URL", r"utm_campaign="),
];

/// For each entry of [`SIGNALS`], words one of which every match contains (lower-cased, with
/// the pattern's literal spaces): a text holding none of them cannot match, and skips the
/// regular expressions. Linear-time matching without a DFA costs about 2 ms per template for
/// all thirteen patterns; most texts have no anchor at all.
const ANCHORS: [&[&str]; ANCHOR_SIGNALS] = [
    &["%"],
    &["%"],
    &["%"],
    &["%"],
    &["bogo", "buy one", "buy 1", "compra uno", "leve 2", "beli 1", "prendi 2", "kauf", "achet"],
    // Not `code` alone: "Copy code", "verification code" are no promo codes.
    &[
        "coupon", "promo", "discount", "voucher", "descuento", "desconto", "cup", "diskon", "kupon", "sconto",
        "gutschein", "rabattcode", "aktionscode", "réduction", "kodu",
    ],
    &["code", "digo", "kode", "codice", "gutschein", "cup"],
    &[
        "sale", "friday", "cyber", "rebaja", "oferta", "promo", "liquida", "queima", "obral", "gudang", "spesial",
        "condi", "oportunidade", "acesso antecipado", "convite especial",
        "saldi", "offert", "sonderangebot", "schnäppchen", "ausverkauf", "rabattaktion", "soldes", "flash",
        "déstockage", "offre", "plans", "offer", "deal", "dhamaka", "kampanya",
    ],
    &[
        "shop now", "buy now", "order now", "shop the", "shop our", "grab ", "t miss", "hurry", "add to cart",
        "compra ", "no te lo pierdas", "date prisa", "compre ", "o perca", "o deixe passar", "garanta ", "aproveite ",
        "beli sekarang", "belanja sekarang",
        "buruan", "jangan lewatkan", "segera beli", "abhi ", "jaldi ", "mauka na", "acquista ", "non perdere",
        "affrettati", "jetzt ", "nicht verpassen", "achetez ", "ne manquez pas", "chez-vous", "commandez vite",
        "aprovecha ", "haz tu pedido", "hacer tu pedido", "aproveite e", "peça já", "peça ja", "peca já",
        "peca ja", "peça agora", "peca agora", "hemen ",
    ],
    &[
        "limited", "today only", "only today", "ends ", "chance", "while ", "tiempo limitado", "hoy", "oportunidad",
        "agotar", "tempo limitado", "hoje", "durarem", "waktu terbatas", "hari ini", "kesempatan terakhir",
        "persediaan", "sirf aaj", "aakhri mauka", "tempo limitato", "solo oggi", "ultima occasione", "esaurimento",
        "nur heute", "zeitlich begrenzt", "kurze zeit", "vorrat", "durée limitée", "aujourd'hui",
        "limite des stocks", "agote", "unidades",
    ],
    &["free ", "ships free", "env", "frete", "ongkir", "spedizione", "versand", "livraison", "kargo"],
    &[
        "also", "recommended for you", "complete your look", "upgrade ", "check out our", "new arrivals",
        "new collection", "just dropped", "te puede", "te podr", "cole", "nuevos productos", "gostar", "amar",
        "novidades", "suka", "customers who", "koleksi", "produk baru", "potrebbe", "nuovi arrivi",
        "nuova collezione", "gefallen", "neu eingetroffen", "neue kollektion", "aussi", "nouveaut",
        "nouvelle collection", "bhi pasand", "nos produits", "couvrez nos", "repasser commande", "entdecken sie",
        "scopri ", "confira ", "download our app", "download the app", "baixe ", "descarga ", "chargez ", "scarica ",
        "laden sie",
    ],
    &["utm_campaign="],
];

/// Second anchor groups: the signal (an index of [`ANCHORS`]) stays a candidate only if one of
/// these words occurs too. A code to use needs the verb that asks for it: "Copy code" and
/// "Your verification code" hold `code` alone.
const ALSO: [(usize, &[&str]); 1] = [(
    CODE_SIGNAL,
    &[
        "use", "usa", "apply", "enter", "utili", "gunakan", "pakai", "inserisci", "nutze", "verwende", "gib",
        "saisissez",
    ],
)];

/// Emoji of promotional calls to action; two or more in one text are reported.
const PROMO_EMOJI: &[char] = &['🔥', '💥', '🛍', '🛒', '💸', '🤑', '🏷', '⚡', '🎁'];
const PROMO_EMOJI_LABEL: &str = "emoji-heavy call to action";

/// The code signal asks for a code written in capitals; the rest of every pattern is in
/// lower case.
const CAPITAL_CODE: &str = "(?-i:[0-9]*[A-Z][A-Z0-9]{3,})";
/// What [`CAPITAL_CODE`] becomes on the lowered text: any code; [`capital_code`] then checks
/// its capitals in the text as written.
const ANY_CODE: &str = "[0-9]*[a-z][a-z0-9]{3,}";
const CODE_SIGNAL: usize = 6;

/// The patterns' `\d` and `\s`, spelled out (the engine's own classes are ASCII only): the
/// digits of the scripts the patterns read (ASCII, Arabic-Indic, Extended Arabic-Indic,
/// Devanagari), and Unicode's White_Space (French puts a no-break space before `%`).
const DIGIT: &str = r"[0-9\x{660}-\x{669}\x{6f0}-\x{6f9}\x{966}-\x{96f}]";
const SPACE: &str = r"[\t-\r \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]";

/// A signal's pattern with its classes spelled out, as written (case-insensitive but for the
/// capital code).
fn spelled_out(index: usize) -> Option<String> {
    let (_, written) = SIGNALS.get(index)?;
    Some(written.replace(r"\d", DIGIT).replace(r"\s", SPACE))
}

/// A signal's pattern as it runs: in lower case, on the [`lowered`] text.
fn pattern(index: usize) -> Option<String> {
    Some(spelled_out(index)?.replace(CAPITAL_CODE, ANY_CODE))
}

/// A signal's pattern split by the byte its matches start with: at a word, the engine runs
/// only the alternatives that can start there, in their order (an anchored search tries
/// every alternative of a pattern at once: the sale pattern has ninety).
struct ByFirstByte {
    /// For each byte, the index in `patterns` of the alternatives a match starting with that
    /// byte can be (`u8::MAX`: none can).
    pattern_of: [u8; 256],
    /// Each distinct set of alternatives, anchored, compiled on the first text that needs it
    /// (a text with one candidate signal compiles a few small patterns: the first lint stays
    /// fast).
    patterns: Vec<(String, OnceLock<Option<Regex>>)>,
}

impl ByFirstByte {
    fn new(pattern: &str) -> Self {
        let alternatives = top_level(pattern).0;
        let mut pattern_of = [u8::MAX; 256];
        let mut patterns: Vec<(String, OnceLock<Option<Regex>>)> = Vec::new();
        for byte in 0..=u8::MAX {
            let fitting: Vec<Cow<'_, str>> =
                alternatives.iter().filter_map(|alternative| narrowed(alternative, byte)).collect();
            if fitting.is_empty() {
                continue;
            }
            let anchored = format!("^(?:{})", fitting.join("|"));
            let at = match patterns.iter().position(|(known, _)| *known == anchored) {
                Some(at) => at,
                None => {
                    patterns.push((anchored, OnceLock::new()));
                    patterns.len() - 1
                }
            };
            pattern_of[usize::from(byte)] = u8::try_from(at).unwrap_or(u8::MAX);
        }
        ByFirstByte { pattern_of, patterns }
    }

    /// The anchored pattern of the alternatives a match starting with `byte` can be.
    fn at(&self, byte: u8) -> Option<&Regex> {
        let (pattern, compiled) = self.patterns.get(usize::from(self.pattern_of[usize::from(byte)]))?;
        // The patterns are constants tested below: they always compile.
        compiled.get_or_init(|| Regex::new(pattern).ok()).as_ref()
    }
}

/// The pattern of signal `index`, split by first byte (see [`ByFirstByte`]).
fn signal(index: usize) -> Option<&'static ByFirstByte> {
    static SPLIT: [OnceLock<Option<ByFirstByte>>; ANCHOR_SIGNALS] = [const { OnceLock::new() }; ANCHOR_SIGNALS];
    SPLIT.get(index)?.get_or_init(|| Some(ByFirstByte::new(&pattern(index)?))).as_ref()
}

/// The alternatives of `pattern` at its top level, split at each `|` outside a group and a
/// class, up to the first `)` that closes nothing (where a group ends, when `pattern` starts
/// with its body), and where that `)` is.
fn top_level(pattern: &str) -> (Vec<&str>, Option<usize>) {
    let mut alternatives = Vec::new();
    let (mut depth, mut in_class, mut escaped, mut from) = (0usize, false, false, 0);
    for (at, c) in pattern.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' => in_class = true,
            ']' => in_class = false,
            '(' if !in_class => depth += 1,
            ')' if !in_class && depth == 0 => {
                alternatives.push(&pattern[from..at]);
                return (alternatives, Some(at));
            }
            ')' if !in_class => depth -= 1,
            '|' if !in_class && depth == 0 => {
                alternatives.push(&pattern[from..at]);
                from = at + 1;
            }
            _ => {}
        }
    }
    alternatives.push(&pattern[from..]);
    (alternatives, None)
}

/// `alternative` narrowed to its matches that start with `byte`: `None` when it has none; the
/// branches of a leading group that cannot start there are left out (the sale pattern's
/// `(?:flash|big|…)\s+sale` at an `s` is `(?:summer|spring)\s+sale`). Kept whole where the
/// start is not plain: an escape, a range, a repetition that may be absent.
fn narrowed(alternative: &str, byte: u8) -> Option<Cow<'_, str>> {
    let whole = Some(Cow::Borrowed(alternative));
    let optional = |rest: &str| rest.starts_with(['?', '*', '{']);
    if let Some(group) = alternative.strip_prefix("(?:") {
        let (inside, Some(close)) = top_level(group) else { return whole };
        let rest = &group[close + 1..];
        if optional(rest) {
            return whole;
        }
        let branches: Vec<Cow<'_, str>> = inside.into_iter().filter_map(|branch| narrowed(branch, byte)).collect();
        if branches.is_empty() {
            return None;
        }
        return Some(Cow::Owned(format!("(?:{}){rest}", branches.join("|"))));
    }
    let (starts_there, rest) = if let Some(class) = alternative.strip_prefix('[') {
        let Some(close) = class.find(']') else { return whole };
        let members = &class[..close];
        if members.is_empty() || members.contains(['^', '-', '\\', '[']) {
            return whole;
        }
        (members.chars().any(|c| c.to_string().as_bytes().first() == Some(&byte)), &class[close + 1..])
    } else {
        let Some(first) = alternative.chars().next() else { return whole };
        if "()[]{}\\.^$|?*+".contains(first) {
            return whole;
        }
        (alternative.as_bytes().first() == Some(&byte), &alternative[first.len_utf8()..])
    };
    if starts_there || optional(rest) {
        whole
    } else {
        None
    }
}

/// Where a match may start in `lowered`: where a word starts, and at each character that is
/// neither a letter, a digit nor a space (`%`, `¡`). A match that starts inside a word is no
/// whole word, and no pattern starts with a space; trying the patterns only here, anchored,
/// costs a fifth of a search from every byte (the engine has no literal prefilter).
fn match_starts(lowered: &str) -> impl Iterator<Item = usize> + '_ {
    let mut after_word = false;
    lowered.char_indices().filter_map(move |(at, c)| {
        let word = c.is_alphanumeric();
        let starts = if word { !after_word } else { !c.is_whitespace() };
        after_word = word;
        starts.then_some(at)
    })
}

/// Whether the code that ends a code signal's match is in capitals in the text as written
/// (what [`CAPITAL_CODE`] asks): digits, then a capital, then three or more capitals or digits.
fn capital_code(matched: &str) -> bool {
    let code = matched.rsplit(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or_default();
    let letters = code.trim_start_matches(|c: char| c.is_ascii_digit());
    letters.starts_with(|c: char| c.is_ascii_uppercase())
        && letters.len() >= 4
        && letters.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// One promotional match in a text: byte range and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub label: &'static str,
}

/// The promotional phrases of `text`, in order, without overlaps.
#[cfg_attr(walint_speed, optimize(speed))]
pub fn promotional_matches(text: &str) -> Vec<Match> {
    let lowered = lowered(text);
    // The anchors are Latin-1 words: a text in Arabic script (whose patterns have none) is
    // a candidate for every signal.
    // U+0600..U+06FF are exactly the characters whose UTF-8 lead byte is 0xD8..=0xDB.
    let arabic = !text.is_ascii() && text.bytes().any(|byte| (0xD8..=0xDB).contains(&byte));
    let candidates = if arabic { [true; ANCHOR_SIGNALS] } else { anchored(&lowered) };
    let mut found: Vec<Match> = Vec::new();
    // Where a match may start: found once for all the candidate signals.
    let starts: Vec<usize> = if candidates.contains(&true) { match_starts(&lowered).collect() } else { Vec::new() };
    for index in (0..ANCHOR_SIGNALS).filter(|&index| candidates[index]) {
        let (Some(split), Some((label, _))) = (signal(index), SIGNALS.get(index)) else {
            continue;
        };
        let mut free_from = 0;
        for &start in &starts {
            let first = lowered.as_bytes().get(start).filter(|_| start >= free_from);
            let regex = first.and_then(|&first| split.at(first));
            let found_here = regex.and_then(|regex| regex.find(&lowered[start..]));
            let Some(end) = found_here.map(|m| start + m.end()) else {
                continue;
            };
            // The lowered text has the original's byte offsets; word edges and the code's
            // capitals are judged in the original.
            if end > start && whole_words(text, start, end) && (index != CODE_SIGNAL || capital_code(&text[start..end])) {
                found.push(Match { start, end, label });
                free_from = end;
            }
        }
    }
    with_emoji_without_overlaps(text, found)
}

/// Which signals have an anchor in `lowered` (a [`lowered`] text): one pass; at each byte, a
/// bit of the three bytes there rules out almost every position before any word is compared
/// (every anchor but `%` has three bytes or more), and only the anchors that start with those
/// three bytes are compared.
#[cfg_attr(walint_speed, optimize(speed))]
fn anchored(lowered: &str) -> [bool; ANCHOR_SIGNALS] {
    struct Table {
        /// One bit per [`trigram_bit`] of an anchor's first three bytes (a fixed size: the bit's
        /// word is always in range, no bounds check in the loop).
        starts: Box<[u64; TRIGRAM_WORDS]>,
        /// Set bits in `starts` before each of its words: a bit's rank among the set bits.
        ranks: Box<[u16; TRIGRAM_WORDS]>,
        /// Anchors by their bit, then first three bytes (as one number): (bit, first three
        /// bytes, anchor, group).
        by_start: Vec<(usize, u32, &'static [u8], usize)>,
        /// Where each set bit's anchors begin in `by_start`, by rank (and the end).
        first_by_rank: Vec<usize>,
        /// One-byte anchors and their groups (bit `i` for group `i`): looked for once per text.
        singles: Vec<(u8, u16)>,
    }
    static TABLE: OnceLock<Table> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut starts = Box::new([0u64; TRIGRAM_WORDS]);
        let mut by_start = Vec::new();
        let mut singles: Vec<(u8, u16)> = Vec::new();
        for (group, words) in groups() {
            for word in words.iter().map(|w| w.as_bytes()) {
                match *word {
                    [only] => match singles.iter_mut().find(|(byte, _)| *byte == only) {
                        Some((_, groups)) => *groups |= 1 << group,
                        None => singles.push((only, 1 << group)),
                    },
                    [a, b, c, ..] => {
                        let bit = trigram_bit(a, b, c);
                        starts[bit / 64] |= 1 << (bit % 64);
                        by_start.push((bit, trigram(a, b, c), word, group));
                    }
                    // Two bytes (none today: a test keeps it so) would go unseen.
                    _ => {}
                }
            }
        }
        by_start.sort_unstable();
        let mut ranks = Box::new([0u16; TRIGRAM_WORDS]);
        let mut total = 0u16;
        for (rank, bits) in ranks.iter_mut().zip(starts.iter()) {
            *rank = total;
            total += bits.count_ones() as u16;
        }
        let mut first_by_rank: Vec<usize> = (0..by_start.len())
            .filter(|&index| index == 0 || by_start[index - 1].0 != by_start[index].0)
            .collect();
        first_by_rank.push(by_start.len());
        Table {
            starts,
            ranks,
            by_start,
            first_by_rank,
            singles,
        }
    });
    let bytes = lowered.as_bytes();
    let mut found = [false; GROUPS];
    let single = table
        .singles
        .iter()
        .filter(|(byte, _)| bytes.contains(byte))
        .fold(0u16, |groups, (_, more)| groups | more);
    for (at, three) in bytes.windows(3).enumerate() {
        let &[a, b, c] = three else { continue };
        let bit = trigram_bit(a, b, c);
        let bits = table.starts[bit / 64];
        if bits & (1 << (bit % 64)) == 0 {
            continue;
        }
        let rank = usize::from(table.ranks[bit / 64]) + (bits & ((1u64 << (bit % 64)) - 1)).count_ones() as usize;
        let (Some(&first), Some(&end)) = (table.first_by_rank.get(rank), table.first_by_rank.get(rank + 1)) else {
            continue;
        };
        let key = trigram(a, b, c);
        for &(_, start, word, group) in table.by_start.get(first..end).unwrap_or_default() {
            if start == key && !found[group] && bytes[at..].starts_with(word) {
                found[group] = true;
            }
        }
    }
    for (group, found) in found.iter_mut().enumerate() {
        *found |= single & (1 << group) != 0;
    }
    let mut candidates = [false; ANCHOR_SIGNALS];
    candidates.copy_from_slice(&found[..ANCHOR_SIGNALS]);
    for (index, (signal, _)) in ALSO.iter().enumerate() {
        candidates[*signal] &= found[ANCHOR_SIGNALS + index];
    }
    candidates
}

/// How many signals [`ANCHORS`] covers (one entry per signal).
const ANCHOR_SIGNALS: usize = 13;

/// Words of the trigram bit set: 65 536 bits, 64 per word.
const TRIGRAM_WORDS: usize = 65536 / 64;

/// Three bytes as one number (compared whole: no byte-wise comparison).
fn trigram(a: u8, b: u8, c: u8) -> u32 {
    u32::from(a) << 16 | u32::from(b) << 8 | u32::from(c)
}

/// The bit of three bytes in the trigram set: distinct for any three lower-case ASCII letters
/// (their low five bits, side by side), shared by some other triples (a shared bit only costs
/// a comparison).
fn trigram_bit(a: u8, b: u8, c: u8) -> usize {
    (usize::from(a) << 10 ^ usize::from(b) << 5 ^ usize::from(c)) & 0xFFFF
}

/// How many anchor groups [`anchored`] looks for: one per signal, then the [`ALSO`] groups.
const GROUPS: usize = ANCHOR_SIGNALS + ALSO.len();
const _: () = assert!(GROUPS <= 16, "one bit per group in the one-byte table (a u16)");

/// Every anchor group with its index: [`ANCHORS`] by signal, then [`ALSO`] from
/// [`ANCHOR_SIGNALS`] on.
fn groups() -> impl Iterator<Item = (usize, &'static [&'static str])> {
    let also = ALSO.iter().enumerate().map(|(index, (_, words))| (ANCHOR_SIGNALS + index, *words));
    ANCHORS.iter().copied().enumerate().chain(also)
}

/// `text` lower-cased for the anchor scan and the patterns, at the same byte offsets.
///
/// Every anchor and pattern letter is Latin (ASCII, Latin-1 or Latin Extended-A: Turkish `ş`),
/// so only those letters need lowering: by arithmetic (a capital and its small letter have the
/// same UTF-8 length), which keeps Unicode's case tables out of the WASM build. Other letters
/// (Greek, Cyrillic…) are kept as they are: in either case they match no pattern letter. So
/// are the few whose small letter is longer or elsewhere (`İ`, `Ÿ`, the Kelvin sign, the long
/// `ſ`…): `ſale` is no sale.
#[cfg_attr(walint_speed, optimize(speed))]
fn lowered(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            // Latin-1 capitals sit 32 below their small letters (× is no letter).
            'À'..='Þ' if c != '×' => out.push(char::from_u32(c as u32 + 32).unwrap_or(c)),
            // Latin Extended-A pairs a capital with the small letter after it: even capitals,
            // but odd ones in the two runs after the letters without a pair (ĸ, ŉ).
            '\u{100}'..='\u{12F}' | '\u{132}'..='\u{137}' | '\u{14A}'..='\u{177}' if c as u32 % 2 == 0 => {
                out.push(char::from_u32(c as u32 + 1).unwrap_or(c));
            }
            '\u{139}'..='\u{148}' | '\u{179}'..='\u{17E}' if c as u32 % 2 == 1 => {
                out.push(char::from_u32(c as u32 + 1).unwrap_or(c));
            }
            _ => out.push(c.to_ascii_lowercase()),
        }
    }
    out
}

/// `found` with the promotional emoji of `text` (two or more), in order, without overlaps.
#[cfg_attr(walint_speed, optimize(speed))]
fn with_emoji_without_overlaps(text: &str, mut found: Vec<Match>) -> Vec<Match> {
    // A plain scan: one character each, no pattern needed.
    // Every promotional emoji is at U+26A1 or above: most characters stop at the comparison.
    let emoji: Vec<(usize, char)> = if text.is_ascii() {
        Vec::new()
    } else {
        // U+26A1 and above start with a lead byte from 0xE2: only those are decoded.
        text.bytes()
            .enumerate()
            .filter(|&(_, byte)| byte >= 0xE2)
            .filter_map(|(at, _)| Some((at, text.get(at..)?.chars().next()?)))
            .filter(|&(_, c)| c >= '\u{26A1}' && PROMO_EMOJI.contains(&c))
            .collect()
    };
    if emoji.len() >= 2 {
        found.extend(emoji.iter().map(|&(start, c)| Match {
            start,
            end: start + c.len_utf8(),
            label: PROMO_EMOJI_LABEL,
        }));
    }
    found.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut kept: Vec<Match> = Vec::with_capacity(found.len());
    for m in found {
        if kept.last().map_or(true, |last| m.start >= last.end) {
            kept.push(m);
        }
    }
    kept
}

/// Whether `text[start..end]` does not begin or end inside a word: a letter or digit at an
/// edge of the match must not touch another one outside it.
fn whole_words(text: &str, start: usize, end: usize) -> bool {
    let matched = &text[start..end];
    let word = |c: char| c.is_alphanumeric();
    let starts_word = matched.chars().next().is_some_and(word);
    let ends_word = matched.chars().next_back().is_some_and(word);
    // The second half of a hyphenated word is no word of its own: "hassle-free delivery" is
    // no free delivery.
    let mut before = text[..start].chars().rev();
    let joined = match (before.next(), before.next()) {
        (Some(c), _) if word(c) => true,
        (Some('-'), Some(c)) => word(c),
        _ => false,
    };
    (!starts_word || !joined) && (!ends_word || !text[end..].chars().next().is_some_and(word))
}

#[cfg_attr(walint_speed, optimize(speed))]
pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let category = match view.category.as_deref() {
        Some(category @ ("UTILITY" | "AUTHENTICATION")) => category,
        _ => return,
    };
    for text in view.shown {
        for found in promotional_matches(text.text) {
            let phrase = &text.text[found.start..found.end];
            let place = match text.role {
                Role::Url => "URL",
                Role::Button => "button",
                Role::Header => "header",
                Role::Footer => "footer",
                Role::Body | Role::Parameter => "text",
            };
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    text.path,
                    format!(
                        "`{phrase}` in the {place} of a {category} template reads as promotional \
                         ({label}): Meta re-categorises such templates as MARKETING, and every send \
                         is then priced as marketing",
                        label = found.label
                    ),
                )
                .with_help(
                    "keep the template to the transaction or account update, and send offers with a \
                     MARKETING template",
                )
                .with_text_range(text.text, found.start, found.end),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_are_ascii_or_latin1_and_lowering_agrees_with_unicode_there() {
        assert!(groups().flat_map(|(_, words)| words.iter()).all(|w| w.chars().all(|c| c <= 'ÿ')));
        // The scan sees one-byte anchors and anchors of three bytes or more.
        assert!(groups().flat_map(|(_, words)| words.iter()).all(|w| w.len() == 1 || w.len() >= 3));
        let latin: String = ('\u{20}'..='ÿ').collect();
        assert_eq!(lowered(&latin), latin.to_lowercase());
        assert_eq!(lowered("CÓDIGO SCHNÄPPCHEN 🔥"), "código schnäppchen 🔥");
        let extended_a: String = ('\u{100}'..='\u{17F}').collect();
        let unicode: String = extended_a
            .chars()
            .map(|c| match c {
                'İ' | 'Ÿ' => c,
                _ => c.to_lowercase().next().unwrap_or(c),
            })
            .collect();
        assert_eq!(lowered(&extended_a), unicode);
        assert_eq!(lowered("HEMEN SİPARİŞ VER"), "hemen sİparİş ver");
        assert_eq!(lowered("\u{212A}ODE ſALE"), "\u{212A}ode ſale", "no folding past Latin Extended-A");
        assert_eq!(lowered("ПРОМО Sale"), "ПРОМО sale", "Cyrillic matches no pattern");
    }

    #[test]
    fn promotional_emoji_are_all_past_the_cutoff_the_scan_uses() {
        assert!(PROMO_EMOJI.iter().all(|&c| c >= '\u{26A1}'));
        assert!(PROMO_EMOJI.iter().all(|&c| c.to_string().as_bytes()[0] >= 0xE2));
    }

    fn phrases(text: &str) -> Vec<&str> {
        promotional_matches(text)
            .iter()
            .map(|m| &text[m.start..m.end])
            .collect()
    }

    #[test]
    fn every_pattern_compiles() {
        for index in 0..SIGNALS.len() {
            let split = signal(index).expect("a pattern");
            assert!((0..=u8::MAX).all(|byte| split.pattern_of[usize::from(byte)] == u8::MAX || split.at(byte).is_some()));
            // Split, the alternatives are all still there.
            let alternatives = top_level(&pattern(index).expect("a pattern")).0.len();
            assert!(alternatives >= 1);
            assert!(split.patterns.iter().all(|(anchored, _)| top_level(&anchored[4..anchored.len() - 1]).0.len() <= alternatives));
        }
        // Every pattern is in lower case but the capital code, which runs widened.
        for (index, (_, written)) in SIGNALS.iter().enumerate() {
            let lower = pattern(index).expect("a pattern");
            assert!(!lower.chars().any(char::is_uppercase), "{lower}");
            assert_eq!(written.contains(CAPITAL_CODE), index == CODE_SIGNAL, "{written}");
        }
        assert_eq!(SIGNALS.len(), ANCHOR_SIGNALS);
        assert_eq!(ANCHORS.len(), SIGNALS.len());
    }

    /// The reference: every signal's pattern, case-insensitive with Unicode's case folding
    /// (the `regex` crate's), run on the text as written, no anchors.
    fn reference(text: &str) -> Vec<Match> {
        static FOLDED: OnceLock<Vec<regex::Regex>> = OnceLock::new();
        let folded = FOLDED.get_or_init(|| {
            let written = (0..SIGNALS.len()).map(|index| spelled_out(index).expect("a pattern"));
            written.map(|written| regex::Regex::new(&format!("(?i){written}")).expect("compiles")).collect()
        });
        let mut found = Vec::new();
        for (regex, (label, _)) in folded.iter().zip(SIGNALS) {
            for m in regex.find_iter(text) {
                if whole_words(text, m.start(), m.end()) {
                    found.push(Match {
                        start: m.start(),
                        end: m.end(),
                        label,
                    });
                }
            }
        }
        with_emoji_without_overlaps(text, found)
    }

    /// The anchors only skip texts that cannot match, and the lower-case patterns on the
    /// lowered text find what the case-insensitive ones find: the same matches as the
    /// [`reference`], on the texts of the category test in upper, lower and original case.
    #[test]
    fn anchors_never_hide_a_match() {
        let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data/category/");
        let mut texts: Vec<String> = Vec::new();
        for name in ["promotional.txt", "utility.txt"] {
            let list = std::fs::read_to_string(format!("{data}{name}")).expect("category texts");
            texts.extend(list.lines().map(|line| line.replace("\\n", "\n")));
        }
        let mut hits = 0;
        for text in &texts {
            for variant in [text.clone(), text.to_uppercase(), text.to_lowercase()] {
                let all = reference(&variant);
                assert_eq!(promotional_matches(&variant), all, "{variant}");
                hits += usize::from(!all.is_empty());
            }
        }
        assert!(hits >= 140, "{hits}");
    }

    /// Every alternative of the code signals, whose anchors are narrower than one word: each
    /// still matches with the anchors, in any case; and a lone `code` is no candidate.
    #[test]
    fn code_anchors_cover_every_alternative() {
        let phrases = [
            "Coupons", "promotional code", "promo codes", "discount code", "voucher code", "código promocional",
            "códigos de descuento", "código de desconto", "codigo promo", "cupón", "cupones", "cupom", "cupons",
            "kode promo", "kode voucher", "kode diskon", "kupon", "codice sconto", "codice promozionale",
            "codice promo", "Gutscheincode", "Rabattcode", "Aktionscode", "code promo", "codes promo",
            "code de réduction", "bons de réduction", "use code SAVE20", "apply code SAVE20",
            "enter the code SAVE20", "usa el código VERANO10", "use o cupom BEMVINDO", "utilize o código NATAL25",
            "gunakan kode HEMAT50", "pakai kode DISKON", "usa il codice ESTATE", "inserisci il codice SCONTO",
            "nutze den Gutschein SOMMER", "verwende den code RABATT", "gib code AB12", "utilisez le code ETE2024",
            "utilise le code PROMO", "saisissez le code NOEL",
        ];
        for phrase in phrases {
            for variant in [phrase.to_owned(), phrase.to_uppercase(), phrase.to_lowercase()] {
                let all = reference(&variant);
                assert_eq!(promotional_matches(&variant), all, "{variant}");
            }
            assert!(!promotional_matches(phrase).is_empty(), "{phrase}");
        }
        for text in ["ВАЖНО: use code SAVE20", "Use code save20", "\u{212A}ODE: use code SAVE20", "use code 2024SALE!"] {
            assert_eq!(promotional_matches(text), reference(text), "{text}");
        }
        // Past Latin-1, letters are not folded: the long s is no s.
        assert!(promotional_matches("ſale starts now").is_empty());
        assert_eq!(reference("ſale starts now").len(), 1);
        for text in ["Copy code", "Your verification code is {{1}}.", "Tap to copy the code"] {
            assert_eq!(anchored(text)[5..7], [false, false], "{text}");
        }
    }

    #[test]
    fn alternatives_split_at_the_top_level_only() {
        assert_eq!(top_level(r"a(?:b|c)|[|]d|\|e|f"), (vec!["a(?:b|c)", "[|]d", r"\|e", "f"], None));
        assert_eq!(top_level(r"a|(?:b)c)\s+sale"), (vec!["a", "(?:b)c"], Some(8)));
        let narrowed_to = |alternative: &str, byte: u8| narrowed(alternative, byte).map(Cow::into_owned);
        assert_eq!(narrowed_to("sale", b's').as_deref(), Some("sale"));
        assert_eq!(narrowed_to("sale", b'f'), None);
        assert_eq!(narrowed_to("élan", 0xC3).as_deref(), Some("élan"));
        assert_eq!(narrowed_to("(?:flash|big|(?:x|y)z|b[ií]g)\\s+sale", b'b').as_deref(), Some("(?:big|b[ií]g)\\s+sale"));
        assert_eq!(narrowed_to("(?:flash|(?:x|y)z)\\s+sale", b'y').as_deref(), Some("(?:(?:y)z)\\s+sale"));
        assert_eq!(narrowed_to("(?:flash|big)\\s+sale", b's'), None);
        assert_eq!(narrowed_to("[oó]n", 0xC3).as_deref(), Some("[oó]n"));
        assert_eq!(narrowed_to("[oó]n", b'x'), None);
        // A branch that may match nothing, or starts with an escape, stays.
        assert_eq!(narrowed_to("(?:a|)c", b'q').as_deref(), Some("(?:)c"));
        assert_eq!(narrowed_to("(?:a|\\d)c", b'q').as_deref(), Some("(?:\\d)c"));
        for kept_whole in ["(?:a|b)?c", "[a-z]n", "[^a]", r"\d+", "a?b", "a*", "a{2}", ".x", ""] {
            assert_eq!(narrowed_to(kept_whole, b'q').as_deref(), Some(kept_whole), "{kept_whole}");
        }
    }

    #[test]
    fn exact_ranges_of_each_phrase() {
        assert_eq!(
            phrases("Your order shipped! Use code SAVE20 for 20% off."),
            ["Use code SAVE20", "20% off"]
        );
        assert_eq!(phrases("¡Envío gratis en tu próxima compra!"), ["Envío gratis"]);
        assert_eq!(phrases("Nova coleção chegou 🔥🛍️"), ["Nova coleção", "🔥", "🛍"]);
        assert_eq!(
            phrases("Uma condição especial para você: garanta a sua vaga. Não deixe passar!"),
            ["condição especial", "garanta a sua", "Não deixe passar"]
        );
        assert_eq!(phrases("Aproveite agora esta oportunidade única"), ["Aproveite agora", "oportunidade única"]);
        // Order and account notices in Portuguese stay clean.
        assert!(phrases("Seu pedido {{1}} foi enviado. Confira os detalhes e aproveite seu dia.").is_empty());
        assert!(phrases("Garantia do produto: 12 meses a partir da entrega.").is_empty());
    }

    #[test]
    fn words_are_matched_whole() {
        assert!(phrases("Your promotional balance").is_empty());
        assert!(phrases("Wholesale order A-1 confirmed; sales receipt attached").is_empty());
        assert!(phrases("Use code 482913 to confirm the delivery").is_empty());
        assert!(phrases("Battery at 15%. 50% of your data plan is used.").is_empty());
        assert!(phrases("One 🔥 alert").is_empty());
        assert!(phrases("Enjoy hassle-free delivery of your order {{1}}.").is_empty());
        assert_eq!(phrases("Free delivery on order {{1}}"), ["Free delivery"]);
    }
}
