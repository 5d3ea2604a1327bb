//! T072 template-promotional-content

use std::sync::OnceLock;

use regex::{Regex, RegexSet};

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
    /// November 2026 from real templates). Each match is reported with its exact range. Words are matched whole and
    /// case-insensitively; receipts ("a discount of $5 was applied"), percentages without an
    /// offer ("battery at 15%") and order codes of digits only are not promotional.
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
        r"shop now|buy now|order now|shop (?:the|our) (?:sale|collection|new)|grab (?:it|yours|the deal|this deal)|don'?t miss (?:out|this|it)|hurry|add to cart|compra (?:ya|ahora|hoy)|no te lo pierdas|date prisa|compre (?:j[aá]|agora)|n[aã]o perca|n[aã]o deixe passar|garanta (?:j[aá]|agora|a sua|o seu|os seus|as suas)|aproveite (?:agora|j[aá]|essa|esta)|beli sekarang|belanja sekarang|buruan|jangan lewatkan|segera beli|abhi (?:khareed(?:ein|e|o)|kharid(?:ein|e|o)|order karein|shop karein)|jaldi (?:karein|karo)|mauka na (?:chukein|chooko)|acquista (?:ora|subito)|compra (?:ora|subito)|non perdere|affrettati|jetzt (?:kaufen|shoppen|zugreifen|sichern)|nicht verpassen|achetez (?:maintenant|dès maintenant|vite)|ne manquez pas|d[ée]p[êe]chez-vous|commandez vite|aprovecha (?:ahora|ya|esta|este|antes)|haz tu pedido (?:ahora|ya|hoy)|(?:quieres|deseas) hacer tu pedido|aproveite e|pe[çc]a (?:j[aá]|agora)|(?:اطلب|تسوق|اشتر) الآن|hemen (?:sipari\w ver|sat\wn al)",
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
/// regular expressions. Linear-time matching without a DFA (the WASM build) costs about 2 ms
/// per template for the twelve patterns; most texts have no anchor at all.
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

/// Signal 5 asks for a code written in capitals; the rest of every pattern is in lower case.
const CAPITAL_CODE: &str = "(?-i:[0-9]*[A-Z][A-Z0-9]{3,})";
const CODE_SIGNAL: usize = 6;

/// How a signal's pattern is compiled.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    /// Case-insensitive (`(?i)`), run on the text as written: exact for every text.
    Folded,
    /// As written (lower case), run on the [`lowered`] text: the same matches at the same
    /// offsets for the texts `lowered` accepts, in about half the compile time and memory of
    /// `Folded` (no case-folded classes). The code signal is widened to lower-case codes here,
    /// so it only says "candidate": its matches come from its `Folded` form.
    Lower,
}

/// A signal's pattern in one form.
fn pattern(index: usize, form: Form) -> Option<String> {
    let (_, pattern) = SIGNALS.get(index)?;
    Some(match form {
        Form::Folded => format!("(?i){pattern}"),
        Form::Lower => pattern.replace(CAPITAL_CODE, "[0-9]*[a-z][a-z0-9]{3,}"),
    })
}

/// The pattern of signal `index` in `form`, compiled on the first text that needs it (a text
/// with one candidate signal compiles one pattern, not all of them: the first lint stays fast).
fn signal(index: usize, form: Form) -> Option<&'static Regex> {
    static FOLDED: [OnceLock<Option<Regex>>; ANCHOR_SIGNALS] = [const { OnceLock::new() }; ANCHOR_SIGNALS];
    static LOWER: [OnceLock<Option<Regex>>; ANCHOR_SIGNALS] = [const { OnceLock::new() }; ANCHOR_SIGNALS];
    let compiled = match form {
        Form::Folded => &FOLDED,
        Form::Lower => &LOWER,
    };
    // The patterns are constants tested below: they always compile.
    compiled.get(index)?.get_or_init(|| Regex::new(&pattern(index, form)?).ok()).as_ref()
}

/// Every signal's pattern in one set (the `Lower` forms, run on the lowered text), compiled
/// once per process on first use.
fn signal_set() -> &'static RegexSet {
    static SET: OnceLock<RegexSet> = OnceLock::new();
    SET.get_or_init(|| {
        let patterns: Vec<String> = (0..SIGNALS.len()).filter_map(|i| pattern(i, Form::Lower)).collect();
        RegexSet::new(&patterns).unwrap_or_else(|_| RegexSet::empty())
    })
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
    let arabic = || text.chars().any(|c| ('\u{600}'..='\u{6FF}').contains(&c));
    let candidates = match &lowered {
        Some(lowered) if !arabic() => anchored(lowered),
        _ => [true; ANCHOR_SIGNALS],
    };
    signal_matches(text, lowered.as_deref(), &candidates)
}

/// Which signals have an anchor in `lowered` (a [`lowered`] text): one pass; at each byte, a
/// bit of the byte pair there rules out almost every position before any word is compared,
/// and only the anchors that start with that pair are compared.
#[cfg_attr(walint_speed, optimize(speed))]
fn anchored(lowered: &str) -> [bool; ANCHOR_SIGNALS] {
    struct Table {
        /// One bit per byte pair that starts an anchor of two bytes or more (fixed sizes: a
        /// byte pair's word is always in range, no bounds check in the loop).
        pairs: Box<[u64; PAIR_WORDS]>,
        /// Set bits in `pairs` before each of its words: a pair's rank among the set pairs.
        ranks: Box<[u16; PAIR_WORDS]>,
        /// Anchors by the rank of their first pair: (anchor, signal).
        by_pair: Vec<Vec<(&'static [u8], usize)>>,
        /// One-byte anchors and their groups (bit `i` for group `i`): looked for once per text.
        singles: Vec<(u8, u16)>,
    }
    static TABLE: OnceLock<Table> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut pairs = Box::new([0u64; PAIR_WORDS]);
        let mut singles: Vec<(u8, u16)> = Vec::new();
        let pair_of = |word: &[u8]| usize::from(word[0]) << 8 | usize::from(word[1]);
        for word in groups().flat_map(|(_, words)| words.iter()).map(|w| w.as_bytes()) {
            if word.len() >= 2 {
                pairs[pair_of(word) / 64] |= 1 << (pair_of(word) % 64);
            }
        }
        let mut ranks = Box::new([0u16; PAIR_WORDS]);
        let mut total = 0u16;
        for (rank, bits) in ranks.iter_mut().zip(pairs.iter()) {
            *rank = total;
            total += bits.count_ones() as u16;
        }
        let mut by_pair = vec![Vec::new(); usize::from(total)];
        for (signal, words) in groups() {
            for word in words.iter().map(|w| w.as_bytes()) {
                match *word {
                    [] => {}
                    [only] => match singles.iter_mut().find(|(byte, _)| *byte == only) {
                        Some((_, groups)) => *groups |= 1 << signal,
                        None => singles.push((only, 1 << signal)),
                    },
                    _ => {
                        let pair = pair_of(word);
                        let below = pairs[pair / 64] & ((1u64 << (pair % 64)) - 1);
                        let rank = usize::from(ranks[pair / 64]) + below.count_ones() as usize;
                        by_pair[rank].push((word, signal));
                    }
                }
            }
        }
        Table {
            pairs,
            ranks,
            by_pair,
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
    for (at, pair) in bytes.windows(2).enumerate() {
        let pair = usize::from(pair[0]) << 8 | usize::from(pair[1]);
        let bits = table.pairs[pair / 64];
        if bits & (1 << (pair % 64)) == 0 {
            continue;
        }
        let rank = usize::from(table.ranks[pair / 64]) + (bits & ((1u64 << (pair % 64)) - 1)).count_ones() as usize;
        let third = bytes.get(at + 2);
        for &(word, signal) in table.by_pair.get(rank).map_or(&[][..], Vec::as_slice) {
            // The third byte first: common pairs (`or`, `en`) start many words of the text.
            if word.get(2).map_or(true, |b| Some(b) == third) && !found[signal] && bytes[at..].starts_with(word) {
                found[signal] = true;
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

/// Words of the byte-pair bit set: 65 536 pairs, 64 per word.
const PAIR_WORDS: usize = 65536 / 64;

/// How many anchor groups [`anchored`] looks for: one per signal, then the [`ALSO`] groups.
const GROUPS: usize = ANCHOR_SIGNALS + ALSO.len();
const _: () = assert!(GROUPS <= 16, "one bit per group in the one-byte table (a u16)");

/// Every anchor group with its index: [`ANCHORS`] by signal, then [`ALSO`] from
/// [`ANCHOR_SIGNALS`] on.
fn groups() -> impl Iterator<Item = (usize, &'static [&'static str])> {
    let also = ALSO.iter().enumerate().map(|(index, (_, words))| (ANCHOR_SIGNALS + index, *words));
    ANCHORS.iter().copied().enumerate().chain(also)
}

/// `text` lower-cased for the anchor scan and the `Lower` patterns, at the same byte offsets;
/// or `None` when it holds a character past Latin-1 that case-folds into Latin-1 (the Kelvin
/// sign, `ſ`…): then every signal stays a candidate and the `Folded` patterns decide.
///
/// Every anchor and pattern letter is ASCII or Latin-1, so only those letters need lowering:
/// by arithmetic (a capital and its small letter have the same UTF-8 length), which keeps
/// Unicode's case tables out of the WASM build. Other letters (Greek, Cyrillic…) are kept as
/// they are: in either case they match no pattern letter.
#[cfg_attr(walint_speed, optimize(speed))]
fn lowered(text: &str) -> Option<String> {
    if text.is_ascii() {
        return Some(text.to_ascii_lowercase());
    }
    // Byte by byte: ASCII bytes and the bytes of other characters are copied, and only
    // characters past Latin-1 are decoded (to see whether they are capitals).
    let bytes = text.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        if byte.is_ascii() {
            out.push(byte.to_ascii_lowercase());
            at += 1;
            continue;
        }
        let c = text.get(at..).and_then(|rest| rest.chars().next())?;
        let width = c.len_utf8();
        match c {
            // Latin-1 capitals sit 32 below their small letters (× is no letter): in UTF-8,
            // the same lead byte and a second byte 0x20 higher.
            'À'..='Þ' if c != '×' => out.extend_from_slice(&[0xC3, bytes.get(at + 1)? + 0x20]),
            c if FOLD_INTO_LATIN1.contains(&c) => return None,
            _ => out.extend_from_slice(bytes.get(at..at + width)?),
        }
        at += width;
    }
    String::from_utf8(out).ok()
}

/// The characters past Latin-1 whose case folds into Latin-1 (checked against the regex
/// engine's own case folding by a test).
const FOLD_INTO_LATIN1: [char; 7] = ['\u{178}', '\u{17F}', '\u{39C}', '\u{3BC}', '\u{1E9E}', '\u{212A}', '\u{212B}'];

/// From this many candidate signals in one text, one pass of the whole set decides which
/// patterns to run; below it, the candidates' patterns run directly.
const SET_FROM_CANDIDATES: usize = 3;

/// How many signals [`ANCHORS`] covers (one entry per signal).
const ANCHOR_SIGNALS: usize = 13;

/// The matches of the signals marked in `candidates` (every signal: `[true; N]`).
#[cfg_attr(walint_speed, optimize(speed))]
fn signal_matches(text: &str, lowered: Option<&str>, candidates: &[bool]) -> Vec<Match> {
    let mut found: Vec<Match> = Vec::new();
    // The patterns are compiled on the first text that has an anchor, not before.
    let any = candidates.iter().any(|&candidate| candidate);
    let candidates_count = candidates.iter().filter(|&&candidate| candidate).count();
    let matched: Vec<usize> = match lowered {
        _ if !any => Vec::new(),
        Some(lowered) if candidates_count >= SET_FROM_CANDIDATES => {
            signal_set().matches(lowered).into_iter().collect()
        }
        // One or two signals: their own patterns alone are several times faster than the
        // whole set without a DFA (the WASM build), and find the same matches. A text that
        // cannot be lowered (rare) runs its `Folded` patterns one by one.
        _ => (0..candidates.len()).filter(|&i| candidates[i]).collect(),
    };
    for index in matched.into_iter().filter(|&index| candidates.get(index) == Some(&true)) {
        let (form, haystack) = match lowered {
            Some(lowered) if index != CODE_SIGNAL => (Form::Lower, lowered),
            _ => (Form::Folded, text),
        };
        let (Some(regex), Some((label, _))) = (signal(index, form), SIGNALS.get(index)) else {
            continue;
        };
        for m in regex.find_iter(haystack) {
            // The lowered text has the original's byte offsets; word edges are judged in the
            // original.
            if whole_words(text, m.start(), m.end()) {
                found.push(Match {
                    start: m.start(),
                    end: m.end(),
                    label,
                });
            }
        }
    }
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
    (!starts_word || !text[..start].chars().next_back().is_some_and(word))
        && (!ends_word || !text[end..].chars().next().is_some_and(word))
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
        let latin: String = ('\u{20}'..='ÿ').collect();
        assert_eq!(lowered(&latin), Some(latin.to_lowercase()));
        assert_eq!(lowered("CÓDIGO SCHNÄPPCHEN 🔥"), Some("código schnäppchen 🔥".to_owned()));
        assert_eq!(lowered("\u{212A}ODE"), None, "the Kelvin sign folds to k: no ruling out");
        assert_eq!(lowered("ПРОМО Sale"), Some("ПРОМО sale".to_owned()), "Cyrillic matches no pattern");
    }

    /// `lowered` gives up exactly on the characters past Latin-1 that the regex engine's case
    /// folding equates with a Latin-1 one: on every other text, lower-case patterns on the
    /// lowered text match what case-insensitive patterns match on the original.
    #[test]
    fn fold_into_latin1_is_what_the_regex_engine_folds() {
        let latin1 = Regex::new("(?i)^[\\x00-\\xFF]$").expect("compiles");
        let folding: Vec<char> = ('\u{100}'..=char::MAX)
            .filter(|c| latin1.is_match(c.encode_utf8(&mut [0; 4])))
            .collect();
        assert_eq!(folding, FOLD_INTO_LATIN1);
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
        for form in [Form::Folded, Form::Lower] {
            assert!((0..SIGNALS.len()).all(|index| signal(index, form).is_some()));
        }
        // Every pattern is in lower case but the capital code, which `Form::Lower` widens.
        for (index, (_, written)) in SIGNALS.iter().enumerate() {
            let lower = pattern(index, Form::Lower).expect("a pattern");
            assert!(!lower.chars().any(char::is_uppercase), "{lower}");
            assert_eq!(lower == *written, index != CODE_SIGNAL, "{lower}");
        }
        assert_eq!(signal_set().len(), SIGNALS.len());
        assert_eq!(SIGNALS.len(), ANCHOR_SIGNALS);
        assert_eq!(ANCHORS.len(), SIGNALS.len());
    }

    /// Today's exact answer: every signal's case-insensitive pattern on the text as written.
    fn reference(text: &str) -> Vec<Match> {
        signal_matches(text, None, &[true; ANCHOR_SIGNALS])
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
        for text in ["ВАЖНО: use code SAVE20", "Use code save20", "\u{212A}ODE: use code SAVE20", "ſale ends today"] {
            assert_eq!(promotional_matches(text), reference(text), "{text}");
        }
        for text in ["Copy code", "Your verification code is {{1}}.", "Tap to copy the code"] {
            assert_eq!(anchored(text)[5..7], [false, false], "{text}");
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
    }
}
