//! General English news vocabulary the extractors share: titles, speech verbs, organisation
//! words, weekdays. Nothing here belongs to any one story.

use std::sync::{LazyLock, OnceLock};

/// Words that introduce a person in news copy ("President", "Mr", "envoy"). Lower case.
pub static PERSON_TITLES: WordList = WordList::new(&[
    "prime-minister",
    "president-elect",
    "chief-executive",
    "editor-in-chief",
    "commander-in-chief",
    "vice-president",
    "vice-chairman",
    "vice-chancellor",
    "vice-premier",
    "under-secretary",
    "undersecretary",
    "co-founder",
    "attorney-general",
    "director-general",
    "secretary-general",
    "admiral",
    "adviser",
    "advisor",
    "ambassador",
    "archbishop",
    "attorney",
    "ayatollah",
    "bishop",
    "capt",
    "captain",
    // Police ranks as British papers shorten them ("Det Insp", "Ch Supt", "DCI").
    "det",
    "insp",
    "supt",
    "ch",
    "dci",
    "dcs",
    "cardinal",
    "imam",
    "rabbi",
    "reverend",
    "ceo",
    "chair",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "coach",
    // Positions on a team, which news copy puts before a player's name like a title
    // ("Wales flanker Jo Roe", "Striker Jo Roe scored"). Not "wing": "the West Wing" is a
    // place of its own.
    "winger",
    "flanker",
    "fly-half",
    "scrum-half",
    "full-back",
    "striker",
    "midfielder",
    "goalkeeper",
    "dj",
    "col",
    "colonel",
    "commissioner",
    "congressman",
    "congresswoman",
    "coroner",
    "councillor",
    "councilman",
    "councilwoman",
    "dame",
    "deputy",
    "detective",
    "director",
    "dr",
    "emir",
    "envoy",
    "father",
    "gen",
    "general",
    "gov",
    "governor",
    "inspector",
    "judge",
    "justice",
    "king",
    "lady",
    "leader",
    "lieutenant",
    "lord",
    "lt",
    "magistrate",
    "marshal",
    "mayor",
    "mep",
    // Members of the Scottish Parliament and the Northern Ireland Assembly.
    "msp",
    "mla",
    "minister",
    "miss",
    "mr",
    "mrs",
    "mp",
    "ms",
    "officer",
    "pm",
    "pope",
    "premier",
    "president",
    "prince",
    "princess",
    "prof",
    "professor",
    "prosecutor",
    "queen",
    "rep",
    "representative",
    "rev",
    "secretary",
    "sen",
    "senator",
    "sergeant",
    "sgt",
    "sheikh",
    "sheriff",
    "sir",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "superintendent",
]);

/// Words that mark an organisation's name. Lower case.
pub static ORG_WORDS: WordList = WordList::new(&[
    "unit",
    "embassy",
    // ("the Cabinet", "the Shadow Cabinet": a government's body.)
    "cabinet",
    // ("the Velm Stock Exchange".)
    "exchange",
    "holdings",
    "museum",
    "programme",
    "program",
    "nations",
    // ("Foreign Affairs", "Foreign Relations": what a ministry or committee oversees.)
    "affairs",
    "relations",
    "administration",
    "agency",
    "air",
    "airline",
    "airlines",
    "airways",
    "alliance",
    "army",
    "assembly",
    "associated",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "coalition",
    "college",
    "commission",
    "committee",
    "company",
    "congress",
    "corp",
    "corporation",
    "council",
    "court",
    "department",
    "federation",
    "forces",
    "foundation",
    "fund",
    "group",
    "inc",
    "institute",
    "intelligence",
    "league",
    "limited",
    "ltd",
    "media",
    "ministry",
    "navy",
    "network",
    "news",
    "office",
    "organisation",
    "organization",
    "parliament",
    "party",
    "police",
    "post",
    "press",
    "radio",
    "senate",
    "service",
    "society",
    "television",
    "times",
    "treaty",
    "tribunal",
    "union",
    "university",
    "institution",
    // Kinds of business that end companies' names ("General Dynamics", "Duke Energy").
    "aerospace",
    "analytics",
    "brands",
    "broadcasting",
    "capital",
    "chemicals",
    "communications",
    "consulting",
    "digital",
    "dynamics",
    "electric",
    "electronics",
    "energy",
    "entertainment",
    "foods",
    "industries",
    "insurance",
    "interactive",
    "investments",
    "labs",
    "logistics",
    "mills",
    "motor",
    "motors",
    "petroleum",
    "pharmaceuticals",
    "publishing",
    "securities",
    "steel",
    "studios",
    "systems",
    "technologies",
    "therapeutics",
    "ventures",
]);

/// Nouns for a kind of body, after which a name is a body's: "the aid group Red Dawn", "tech
/// giant Nimbra", "the watchdog Ofvel"; in the plural, before a list of them: "the biggest
/// banks, Westmark and Halden Bank". Lower case, singular.
pub static KINDS_OF_BODY: WordList = WordList::new(&[
    "agency",
    "airline",
    "automaker",
    "bank",
    "brand",
    "broadcaster",
    "carmaker",
    "carrier",
    "chain",
    "charity",
    "chipmaker",
    "company",
    "conglomerate",
    "firm",
    "giant",
    "group",
    "insurer",
    "label",
    "lender",
    "maker",
    "manufacturer",
    "militia",
    "network",
    "newspaper",
    "operator",
    "organisation",
    "organization",
    "provider",
    "regulator",
    "retailer",
    "start-up",
    "startup",
    "supermarket",
    "utility",
    "watchdog",
]);

/// Nouns for a kind of product, after which a name is the product's ("the Corvan Atlas
/// models", "Lumo X2 phones"), not a person's. Lower case.
pub static PRODUCT_NOUNS: WordList = WordList::new(&[
    "aircraft",
    "airliner",
    "airliners",
    "car",
    "cars",
    "console",
    "consoles",
    "drug",
    "drugs",
    "handset",
    "handsets",
    "jet",
    "jets",
    "laptop",
    "laptops",
    "model",
    "models",
    "phone",
    "phones",
    "pill",
    "pills",
    "smartphone",
    "smartphones",
    "suv",
    "suvs",
    "tablet",
    "tablets",
    "truck",
    "trucks",
    "vaccine",
    "vaccines",
    "vehicle",
    "vehicles",
]);

/// Words that end the name of a utility, an institution or a firm of experts ("Harbour
/// Water", "Elm Park Hospital", "Westbrook Law School", "Argus Research") or open one before "of" ("School of Mining"). Unlike
/// [`ORG_WORDS`], only in those places: "Academy Awards" is a prize, "Open Water" a film.
pub static INSTITUTION_HEADS: WordList = WordList::new(&[
    "water",
    "gas",
    "utilities",
    "telecom",
    "telecoms",
    "railway",
    "railways",
    "hospital",
    "school",
    "academy",
    "club",
    "trust",
    "partners",
    "associates",
    "advisers",
    "advisors",
    "research",
    "economics",
    // Studios and labels ("Meridian Pictures", "Factory Records").
    "pictures",
    "studios",
    "productions",
    "records",
    "entertainment",
    // Sports' governing bodies ("World Athletics", "British Cycling").
    "athletics",
    "cycling",
    "rowing",
    "swimming",
    "gymnastics",
    "registry",
    "savings",
    "space",
    // Publications ("Elm Valley Gazette", "Journal of Rural Medicine").
    "journal",
    "gazette",
    "herald",
    "tribune",
    "magazine",
    "chronicle",
    // Firms of partners or brothers ("Velm Brothers", "Korun Stockbrokers", "Tarsen
    // Publications").
    "brothers",
    "bros",
    "stockbrokers",
    "publications",
    // Companies of performers ("Royal Ballet", "Velm Philharmonic", "Kessel Gospel Choir").
    "ballet",
    "choir",
    "orchestra",
    "philharmonic",
]);

/// Compass adjectives, which may open a nationality ("Western European"), name a part of a
/// place ("in northern Velm"), or stand alone: before a noun it describes ("Western
/// politics", "Northern and poorer states") one names nothing. (Alone before a verb it may
/// be a name: "Southern said …".)
pub const COMPASS_ADJECTIVES: [&str; 13] = [
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
];

/// True for a compass adjective, in any case ("Northern", "south-western").
pub fn is_compass_adjective(word: &str) -> bool {
    COMPASS_ADJECTIVES
        .iter()
        .any(|c| c.eq_ignore_ascii_case(word))
}

/// Names that news English uses interchangeably for one country or body, which no spelling
/// or initials rule can join ("America" for the United States, "Britain" for the United
/// Kingdom). Each group: the kind of thing it names, and its name keys (lower case, no
/// dots, American spelling).
pub const KNOWN_ALIASES: &[(&str, &[&str])] = &[
    (
        "place",
        &[
            "united states",
            "united states of america",
            "us",
            "usa",
            "america",
        ],
    ),
    (
        "place",
        &["united kingdom", "britain", "great britain", "uk"],
    ),
    ("organization", &["united nations", "un"]),
    ("organization", &["european union", "eu"]),
    ("place", &["united arab emirates", "uae"]),
    (
        "organization",
        &[
            "north atlantic treaty organization",
            "nato",
            "north atlantic treaty",
        ],
    ),
    ("place", &["soviet union", "ussr"]),
    ("organization", &["world health organization", "who"]),
    ("organization", &["international monetary fund", "imf"]),
    (
        "place",
        &[
            "democratic republic of congo",
            "drc",
            "democratic republic of the congo",
        ],
    ),
    ("place", &["south korea", "republic of korea"]),
    ("place", &["north korea", "dprk"]),
    ("place", &["netherlands", "holland"]),
    ("place", &["czech republic", "czechia"]),
    ("place", &["myanmar", "burma"]),
    // Parties by their nicknames and members' adjectives: "the Tories", "Tory leader", "the
    // Lib Dems".
    (
        "organization",
        &[
            "conservative party",
            "tory party",
            "tories",
            "conservatives",
            "tory",
            "conservative",
        ],
    ),
    ("organization", &["republican party", "gop"]),
    (
        "organization",
        &[
            "liberal democrats",
            "liberal democrat",
            "liberal democrat party",
            "lib dems",
            "lib dem",
        ],
    ),
];

/// The world's countries and continents (name keys), so a country named only at the start of
/// a sentence is still a name, and a place.
pub static COUNTRIES: WordList = WordList::new(&[
    // Continents.
    "africa",
    "antarctica",
    "asia",
    "europe",
    "oceania",
    // Countries.
    "afghanistan",
    "albania",
    "algeria",
    "andorra",
    "angola",
    "argentina",
    "armenia",
    "australia",
    "austria",
    "azerbaijan",
    "bahamas",
    "bahrain",
    "bangladesh",
    "barbados",
    "belarus",
    "belgium",
    "belize",
    "benin",
    "bhutan",
    "bolivia",
    "bosnia",
    "botswana",
    "brazil",
    "brunei",
    "bulgaria",
    "burkina faso",
    "burundi",
    "cambodia",
    "cameroon",
    "canada",
    "chad",
    "chile",
    "china",
    "colombia",
    "comoros",
    "congo",
    "costa rica",
    "croatia",
    "cuba",
    "cyprus",
    "czech republic",
    "denmark",
    "djibouti",
    "dominica",
    "ecuador",
    "egypt",
    "el salvador",
    "eritrea",
    "estonia",
    "eswatini",
    "ethiopia",
    "fiji",
    "finland",
    "france",
    "gabon",
    "gambia",
    "georgia",
    "germany",
    "ghana",
    "greece",
    "grenada",
    "guatemala",
    "guinea",
    "guyana",
    "haiti",
    "honduras",
    "hungary",
    "iceland",
    "india",
    "indonesia",
    "iran",
    "iraq",
    "ireland",
    "israel",
    "italy",
    "ivory coast",
    "jamaica",
    "japan",
    "jordan",
    "kazakhstan",
    "kenya",
    "kiribati",
    "kosovo",
    "kuwait",
    "kyrgyzstan",
    "laos",
    "latvia",
    "lebanon",
    "lesotho",
    "liberia",
    "libya",
    "liechtenstein",
    "lithuania",
    "luxembourg",
    "madagascar",
    "malawi",
    "malaysia",
    "maldives",
    "mali",
    "malta",
    "mauritania",
    "mauritius",
    "mexico",
    "micronesia",
    "moldova",
    "monaco",
    "mongolia",
    "montenegro",
    "morocco",
    "mozambique",
    "myanmar",
    "namibia",
    "nauru",
    "nepal",
    "netherlands",
    "new zealand",
    "nicaragua",
    "niger",
    "nigeria",
    "north korea",
    "north macedonia",
    "norway",
    "oman",
    "pakistan",
    "palau",
    "palestine",
    "panama",
    "papua new guinea",
    "paraguay",
    "peru",
    "philippines",
    "poland",
    "portugal",
    "qatar",
    "romania",
    "russia",
    "rwanda",
    "samoa",
    "san marino",
    "saudi arabia",
    "senegal",
    "serbia",
    "seychelles",
    "sierra leone",
    "singapore",
    "slovakia",
    "slovenia",
    "somalia",
    "south africa",
    "south korea",
    "south sudan",
    "spain",
    "sri lanka",
    "sudan",
    "suriname",
    "sweden",
    "switzerland",
    "syria",
    "taiwan",
    "tajikistan",
    "tanzania",
    "thailand",
    "togo",
    "tonga",
    "trinidad and tobago",
    "tunisia",
    "turkey",
    "turkmenistan",
    "tuvalu",
    "uganda",
    "united arab emirates",
    "united kingdom",
    "united states",
    "uruguay",
    "uzbekistan",
    "vanuatu",
    "venezuela",
    "vietnam",
    "yemen",
    "zambia",
    "zimbabwe",
    // Nations of a union and territories news names like countries.
    "england",
    "scotland",
    "wales",
    "northern ireland",
    "greenland",
    "hong kong",
    "puerto rico",
]);

/// Large cities of the world (name keys) whose names are seldom a person's or a body's: a
/// city named before a noun ("a New York court", "the Mumbai office") is still a place.
/// (Left out: names people and bodies also go by, "Washington", "Houston", "Paris",
/// "Sydney", "Victoria", "Lincoln", "Phoenix", "Orlando", "Wellington", "Hamilton", and
/// cities whose football clubs go by the city's name, "Liverpool", "Barcelona", "Milan".)
pub static CITIES: WordList = WordList::new(&[
    "abu dhabi",
    "abuja",
    "accra",
    "addis ababa",
    "ahmedabad",
    "algiers",
    "almaty",
    "amman",
    "amsterdam",
    "ankara",
    "athens",
    "atlanta",
    "auckland",
    "baghdad",
    "baku",
    "baltimore",
    "bamako",
    "bangalore",
    "bangkok",
    "basra",
    "beijing",
    "beirut",
    "belfast",
    "belgrade",
    "berlin",
    "birmingham",
    "bogota",
    "boston",
    "brasilia",
    "bratislava",
    "brisbane",
    "bucharest",
    "budapest",
    "buenos aires",
    "cairo",
    "calcutta",
    "canberra",
    "cape town",
    "caracas",
    "cardiff",
    "casablanca",
    "chennai",
    "chicago",
    "chongqing",
    "copenhagen",
    "dakar",
    "damascus",
    "dar es salaam",
    "delhi",
    "denver",
    "detroit",
    "dhaka",
    "doha",
    "dubai",
    "dublin",
    "durban",
    "edinburgh",
    "frankfurt",
    "geneva",
    "glasgow",
    "guangzhou",
    "hanoi",
    "harare",
    "havana",
    "helsinki",
    "ho chi minh city",
    "hong kong",
    "islamabad",
    "istanbul",
    "jakarta",
    "jeddah",
    "jerusalem",
    "johannesburg",
    "kabul",
    "kampala",
    "karachi",
    "kathmandu",
    "khartoum",
    "kigali",
    "kinshasa",
    "kolkata",
    "kuala lumpur",
    "kuwait city",
    "lagos",
    "lahore",
    "la paz",
    "lima",
    "lisbon",
    "ljubljana",
    "london",
    "los angeles",
    "luanda",
    "lusaka",
    "lyon",
    "managua",
    "manila",
    "maputo",
    "marseille",
    "mecca",
    "melbourne",
    "mexico city",
    "miami",
    "minsk",
    "mogadishu",
    "montevideo",
    "montreal",
    "mumbai",
    "munich",
    "nairobi",
    "naples",
    "new delhi",
    "new orleans",
    "nicosia",
    "oslo",
    "ottawa",
    "philadelphia",
    "prague",
    "pretoria",
    "pyongyang",
    "quito",
    "rabat",
    "riga",
    "riyadh",
    "rio de janeiro",
    "rome",
    "rotterdam",
    "san francisco",
    "santiago",
    "sao paulo",
    "sarajevo",
    "seattle",
    "seoul",
    "shanghai",
    "shenzhen",
    "singapore",
    "sofia",
    "st petersburg",
    "stockholm",
    "strasbourg",
    "stuttgart",
    "taipei",
    "tallinn",
    "tashkent",
    "tbilisi",
    "tehran",
    "tel aviv",
    "tokyo",
    "toronto",
    "tripoli",
    "tunis",
    "turin",
    "ulan bator",
    "vancouver",
    "vienna",
    "vilnius",
    "warsaw",
    "yangon",
    "yerevan",
    "zagreb",
    "zurich",
]);

/// British and American spellings of words in names, folded to one form so "Programme" and
/// "Program" name one body.
pub const SPELLING_VARIANTS: &[(&str, &str)] = &[
    ("programme", "program"),
    ("programmes", "programs"),
    ("centre", "center"),
    ("centres", "centers"),
    ("organisation", "organization"),
    ("organisations", "organizations"),
    ("defence", "defense"),
    ("labour", "labor"),
    ("theatre", "theater"),
];

/// Words that mark a place's name. Lower case.
pub static PLACE_WORDS: WordList = WordList::new(&[
    "port",
    "station",
    "bridge",
    "hall",
    "park",
    "stadium",
    "arena",
    "airport",
    "palace",
    "avenue",
    "bay",
    "city",
    "coast",
    "borough",
    "county",
    "district",
    "island",
    "islands",
    "isle",
    "kingdom",
    "mountains",
    "ocean",
    "parish",
    "province",
    "region",
    "republic",
    "river",
    "sea",
    "square",
    "hotel",
    "state",
    "states",
    "street",
    "township",
    "valley",
]);

/// Verbs that attribute speech, as lemmas. Hedges (believe, think, hope, fear) are left out.
pub const SPEECH_VERBS: &[&str] = &[
    "accept",
    "acknowledge",
    "add",
    "admit",
    "advise",
    "allege",
    "announce",
    "answer",
    "argue",
    "ask",
    "assert",
    "assure",
    "blame",
    "caution",
    "characterize",
    "characterise",
    "charge",
    "cite",
    "claim",
    "clarify",
    "comment",
    "complain",
    "concede",
    "conclude",
    "confirm",
    "contend",
    "counter",
    "criticize",
    "criticise",
    "declare",
    "deny",
    "describe",
    "disclose",
    "dispute",
    "emphasize",
    "emphasise",
    "estimate",
    "explain",
    "express",
    "highlight",
    "indicate",
    "insist",
    "maintain",
    "mention",
    "note",
    "observe",
    "post",
    "predict",
    "promise",
    "recall",
    "reiterate",
    "remark",
    "remind",
    "reply",
    "report",
    "respond",
    "reveal",
    "say",
    "state",
    "stress",
    "suggest",
    "tell",
    "testify",
    "tweet",
    "underline",
    "underscore",
    "urge",
    "warn",
    "write",
    "call",
    "quip",
    "vow",
    "pledge",
];

/// Inflected forms of the speech verbs (said, told, wrote, stating …) back to their lemma.
pub fn speech_verb(word: &str) -> Option<&'static str> {
    let w = word.to_ascii_lowercase();
    let irregular = match w.as_str() {
        "said" | "says" | "saying" => Some("say"),
        // "he continued" attributes; "will continue to" does not.
        "continued" | "continues" => Some("continue"),
        "told" | "tells" | "telling" => Some("tell"),
        "wrote" | "writes" | "writing" | "written" => Some("write"),
        // Only the verb forms: "the order", "chants of" and "a shout" are nouns.
        "ordered" => Some("order"),
        "chanted" | "chanting" => Some("chant"),
        "sang" | "sings" | "singing" => Some("sing"),
        "shouted" | "shouting" => Some("shout"),
        "demanded" | "demanding" => Some("demand"),
        // Naming verbs, verb forms only: "bills itself as a “…”", "styled the vote as …".
        "bills" | "billed" => Some("bill"),
        "styled" | "styles" => Some("style"),
        "dubbed" | "dubs" => Some("dub"),
        "termed" => Some("term"),
        _ => None,
    };
    if irregular.is_some() {
        return irregular;
    }
    let candidates = [
        w.strip_suffix("ied").map(|s| format!("{s}y")),
        w.strip_suffix("ies").map(|s| format!("{s}y")),
        w.strip_suffix("ed").map(str::to_string),
        w.strip_suffix('d').map(str::to_string),
        w.strip_suffix("es").map(str::to_string),
        w.strip_suffix('s').map(str::to_string),
        w.strip_suffix("ing").map(str::to_string),
        w.strip_suffix("ing").map(|s| format!("{s}e")),
        Some(w.clone()),
    ];
    candidates
        .into_iter()
        .flatten()
        .find_map(|c| SPEECH_VERBS.iter().find(|v| **v == c).copied())
}

/// Pronouns that can stand for a speaker.
pub fn person_pronoun(word: &str) -> bool {
    matches!(word.to_ascii_lowercase().as_str(), "he" | "she")
}

/// Nationality adjectives without one of the usual endings (sorted, for binary search).
pub const IRREGULAR_DEMONYMS: [&str; 48] = [
    "afghan",
    "angolan",
    "argentine",
    "bahraini",
    "bangladeshi",
    "bengali",
    "briton",
    "britons",
    "croat",
    "cuban",
    "czech",
    "emirati",
    "filipino",
    "german",
    "greek",
    "guatemalan",
    "honduran",
    "icelandic",
    "iraqi",
    "israeli",
    "kazakh",
    "kenyan",
    "kosovan",
    "kuwaiti",
    "libyan",
    "moldovan",
    "nepali",
    "nicaraguan",
    "omani",
    "paraguayan",
    "qatari",
    "rwandan",
    "salvadoran",
    "samoan",
    "saudi",
    "scot",
    "scots",
    "serb",
    "slovak",
    "somali",
    "swiss",
    "tajik",
    "thai",
    "ugandan",
    "uruguayan",
    "uzbek",
    "venezuelan",
    "yemeni",
];

/// A country's name as a name's last word, in English ("italy", "uk") or in its own
/// language ("italia", "deutschland").
pub fn is_country_name(word: &str) -> bool {
    COUNTRIES.contains(word)
        || matches!(
            word,
            "uk" | "usa"
                | "us"
                | "italia"
                | "espana"
                | "deutschland"
                | "brasil"
                | "mexico"
                | "schweiz"
                | "suisse"
                | "osterreich"
                | "nederland"
                | "polska"
                | "sverige"
                | "norge"
                | "danmark"
                | "suomi"
                | "turkiye"
                | "hellas"
                | "eesti"
                | "hrvatska"
                | "magyarorszag"
        )
}

/// Words that modify the noun after them and open sentences ("Senior", "Rival", "Former"):
/// no part of a name that follows them there when the story prints them in lower case too
/// (some may be a name's own first word: "Senior Acme" is "Acme" only where "senior" is
/// printed in lower case elsewhere).
pub static OPENING_MODIFIERS: WordList = WordList::new(&[
    "senior",
    "junior",
    "male",
    "female",
    "rival",
    "fellow",
    "veteran",
    "former",
    "double",
    "triple",
    "injured",
    "acting",
    "interim",
    "outgoing",
    "defending",
    "reigning",
    "certain",
]);

/// Determiners and like words that open sentences ("Another", "Several", "Initial"): never
/// a name's own first word, however the story prints them ("Initial Velcor Bank officials
/// said …" is of the Velcor Bank).
pub static OPENING_DETERMINERS: WordList = WordList::new(&[
    "another",
    "other",
    "several",
    "many",
    "most",
    "some",
    "such",
    "both",
    "each",
    "every",
    "various",
    "numerous",
    "either",
    "neither",
    "initial",
    "preliminary",
    "subsequent",
    "additional",
    "unnamed",
    "unidentified",
    "previous",
    "latest",
]);

/// Words that carry or open a clause (auxiliaries, speech verbs, conjunctions, relative and
/// subject pronouns): a noun phrase read word by word ends before one ("Friday’s vote was …",
/// "the talks, which …").
pub static CLAUSE_WORDS: WordList = WordList::new(&[
    "is", "are", "was", "were", "will", "would", "could", "should", "may", "might", "must", "can",
    "has", "have", "had", "did", "does", "do", "said", "says", "and", "but", "or", "which", "that",
    "who", "where", "when", "while", "as", "because", "if", "than", "after", "before", "since",
    "until", "despite", "although", "though", "he", "she", "it", "they", "we", "i", "you",
]);

/// Weekday names, capitalised as printed.
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Function words that titles of works and slogans hold ("Shall We Dance", "The Firm", "Show
/// Me the Money") and personal names never do. Given names spelt like one ("Will", "May"),
/// the middle initial "A" and particles of surnames ("of", "de", "van") are left out.
pub fn never_in_personal_name(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "the"
            | "an"
            | "i"
            | "me"
            | "my"
            | "we"
            | "us"
            | "our"
            | "you"
            | "your"
            | "they"
            | "them"
            | "their"
            | "it"
            | "its"
            | "shall"
            | "should"
            | "would"
            | "could"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "does"
            | "did"
            | "not"
            | "no"
            | "what"
            | "when"
            | "where"
            | "who"
            | "why"
            | "how"
            | "this"
            | "that"
            | "these"
            | "those"
            | "with"
            | "without"
            | "from"
            | "into"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "and"
            | "or"
            | "but"
            | "if"
            | "than"
            | "about"
    )
}

/// True for a word naming a holiday or a day of the week ("Christmas", "Easter", "Friday"):
/// a name holding one names a day ("Christmas Day", "Easter Monday"), never a person.
pub fn is_day_word(word: &str) -> bool {
    WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(word))
        || matches!(
            word.to_lowercase().as_str(),
            "christmas"
                | "easter"
                | "thanksgiving"
                | "ramadan"
                | "eid"
                | "diwali"
                | "hanukkah"
                | "passover"
                | "halloween"
                | "hogmanay"
                | "pentecost"
                | "lent"
                | "advent"
        )
}

/// Month names, capitalised as printed.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The number (1–12) of a month named in full or cut to three letters or more ("Sept.").
pub fn month_number(name: &str) -> Option<u32> {
    let key = name.trim_end_matches('.').to_lowercase();
    MONTHS
        .iter()
        .position(|m| m.to_lowercase().starts_with(&key) && key.len() >= 3)
        .map(|i| i as u32 + 1)
}

/// True for words that are capitalised for reasons other than naming (days, months, the
/// time zone of a clock time: "06:15 AEST").
pub fn is_calendar_word(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if matches!(
        w,
        "GMT"
            | "BST"
            | "UTC"
            | "CET"
            | "CEST"
            | "EST"
            | "EDT"
            | "CST"
            | "CDT"
            | "MST"
            | "MDT"
            | "PST"
            | "PDT"
            | "AEST"
            | "AEDT"
            | "JST"
    ) {
        return true;
    }
    WEEKDAYS
        .iter()
        .chain(MONTHS.iter())
        .any(|d| d.eq_ignore_ascii_case(w))
        || matches!(
            w.to_ascii_lowercase().as_str(),
            "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
        )
}

/// A list of lower-case ASCII words (a test checks), asked about nearly every word of every
/// sentence: looked up in a hash set built on first use rather than scanned.
pub struct WordList {
    words: &'static [&'static str],
    set: OnceLock<rustc_hash::FxHashSet<&'static str>>,
}

impl WordList {
    /// A list of the given words.
    pub const fn new(words: &'static [&'static str]) -> Self {
        Self {
            words,
            set: OnceLock::new(),
        }
    }

    /// The words, in the order written.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }

    /// True when the word, already in lower case, is in the list (a hashed look-up: some
    /// lists are long and asked of every name).
    pub fn contains(&self, lower: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(lower)
    }
}

/// Membership test for the word lists above, ignoring case and a trailing period.
pub fn is_in(list: &WordList, word: &str) -> bool {
    let word = word.trim_end_matches('.');
    // Most words are short: lower-cased on the stack, no allocation.
    let mut buffer = [0u8; 32];
    if word.is_ascii() && word.len() <= buffer.len() {
        let lower = &mut buffer[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower).is_ok_and(|w| list.contains(w));
    }
    list.contains(&word.to_lowercase())
}

/// Nouns for what someone says or counts, which can be accurate or not ("the claims", "the
/// death toll"), unlike a decision or a power that is challenged.
pub static STATEMENT_NOUNS: WordList = WordList::new(&[
    "account",
    "accounts",
    "allegation",
    "allegations",
    "assertion",
    "assertions",
    "claim",
    "claims",
    "count",
    "data",
    "estimate",
    "estimates",
    "figure",
    "figures",
    "findings",
    "forecast",
    "forecasts",
    "number",
    "numbers",
    "poll",
    "polls",
    "report",
    "reports",
    "result",
    "results",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "statement",
    "statements",
    "story",
    "suggestion",
    "suggestions",
    "tally",
    "toll",
    "version",
    "versions",
    "testimony",
    "evidence",
    "statistics",
    "study",
    "survey",
]);

/// Occupations written before a name at the start of a sentence ("Analyst Jo Li said").
pub static ROLE_NOUNS: WordList = WordList::new(&[
    "actress",
    "composer",
    "drummer",
    "film-maker",
    "filmmaker",
    "guitarist",
    "playwright",
    "screenwriter",
    "songwriter",
    "spectator",
    "passenger",
    "neighbor",
    "neighbour",
    "source",
    "aide",
    "insider",
    "supporter",
    "customer",
    "fan",
    "member",
    "staffer",
    "employee",
    "activist",
    "actor",
    "analyst",
    "anchor",
    "architect",
    "artist",
    "athlete",
    "attorney",
    "author",
    "banker",
    "campaigner",
    "candidate",
    "chef",
    "cleric",
    "columnist",
    "comedian",
    "commentator",
    "consultant",
    "correspondent",
    "critic",
    "designer",
    "diplomat",
    "doctor",
    "economist",
    "editor",
    "engineer",
    "entrepreneur",
    "executive",
    "expert",
    "farmer",
    "founder",
    "historian",
    "host",
    "investor",
    "journalist",
    "lawmaker",
    "lawyer",
    "lobbyist",
    "manager",
    "musician",
    "negotiator",
    "novelist",
    "nurse",
    "official",
    "organiser",
    "organizer",
    "owner",
    "parent",
    "pastor",
    "photographer",
    "pilot",
    "player",
    "poet",
    "presenter",
    "producer",
    "protester",
    "quarterback",
    "rapper",
    "reporter",
    "researcher",
    "resident",
    "scientist",
    "singer",
    "strategist",
    "student",
    "survivor",
    "teacher",
    "trader",
    "veteran",
    "victim",
    "voter",
    "witness",
    "worker",
    "writer",
    // Sportspeople by position or sport ("Striker Jo Li scored twice").
    "batsman",
    "bowler",
    "boxer",
    "cyclist",
    "defender",
    "goalkeeper",
    "golfer",
    "jockey",
    "midfielder",
    "pitcher",
    "sprinter",
    "striker",
    "swimmer",
    "winger",
]);

/// Words for a member of a political party, printed before a member's name ("Tory Jo Roe",
/// "Lib Dem Jo Roe", "Democrat Jo Roe"): they describe the person and are no part of the name. ("Green" and
/// "Independent" are left out: they open names of their own, "Green Bay", "Independent
/// Spirit Awards".)
pub static PARTY_MEMBERS: WordList = WordList::new(&[
    "communist",
    "conservative",
    "conservatives",
    "dem",
    "democrat",
    "democrats",
    "dems",
    "labour",
    "lib",
    "liberal",
    "liberals",
    "nationalist",
    "republican",
    "republicans",
    "socialist",
    "tories",
    "tory",
    "unionist",
]);

/// Words that open sentences and get a capital only for that ("Later", "Despite", "Sure").
pub static SENTENCE_OPENERS: WordList = WordList::new(&[
    "according",
    "alas",
    "anyway",
    "granted",
    "maybe",
    "perhaps",
    "regardless",
    "sure",
    "former",
    "afterwards",
    "amid",
    "although",
    "asked",
    "besides",
    "despite",
    "earlier",
    "elsewhere",
    "finally",
    "following",
    "given",
    "hence",
    "including",
    "indeed",
    "initially",
    "instead",
    "later",
    "like",
    "meanwhile",
    "moreover",
    "nevertheless",
    "none",
    "nonetheless",
    "otherwise",
    "overall",
    "previously",
    "separately",
    "speaking",
    "still",
    "thus",
    "therefore",
    "today",
    "tomorrow",
    "tonight",
    "ultimately",
    "unlike",
    "yesterday",
]);

/// Irregular past forms and their present ("fell" → "fall", "won" → "win", "said" →
/// "say"): the stemmer leaves past forms alone, so "shares fell" and "shares fall" would
/// otherwise share no verb, and a question needs the present ("why the plane fell" → "why
/// did the plane fall").
pub const IRREGULAR_PAST: &[(&str, &str)] = &[
    ("beaten", "beat"),
    ("became", "become"),
    ("began", "begin"),
    ("begun", "begin"),
    ("bitten", "bite"),
    ("blew", "blow"),
    ("bought", "buy"),
    ("bound", "bind"),
    ("broke", "break"),
    ("broken", "break"),
    ("brought", "bring"),
    ("built", "build"),
    ("came", "come"),
    ("caught", "catch"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("created", "create"),
    ("dealt", "deal"),
    ("drawn", "draw"),
    ("drew", "draw"),
    ("driven", "drive"),
    ("drove", "drive"),
    ("eaten", "eat"),
    ("fallen", "fall"),
    ("fed", "feed"),
    ("fell", "fall"),
    ("felt", "feel"),
    ("fled", "flee"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("forgiven", "forgive"),
    ("forgot", "forget"),
    ("fought", "fight"),
    ("found", "find"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("gave", "give"),
    ("given", "give"),
    ("got", "get"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("heard", "hear"),
    ("held", "hold"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("kept", "keep"),
    ("knew", "know"),
    ("led", "lead"),
    ("left", "leave"),
    ("lent", "lend"),
    ("lost", "lose"),
    ("made", "make"),
    ("meant", "mean"),
    ("met", "meet"),
    ("overtook", "overtake"),
    ("paid", "pay"),
    ("ran", "run"),
    ("ridden", "ride"),
    ("risen", "rise"),
    ("rose", "rise"),
    ("said", "say"),
    ("sank", "sink"),
    ("saw", "see"),
    ("sent", "send"),
    ("shaken", "shake"),
    ("shook", "shake"),
    ("slept", "sleep"),
    ("slid", "slide"),
    ("sold", "sell"),
    ("sought", "seek"),
    ("sped", "speed"),
    ("spent", "spend"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("stood", "stand"),
    ("struck", "strike"),
    ("sunk", "sink"),
    ("swept", "sweep"),
    ("taken", "take"),
    ("taught", "teach"),
    ("thought", "think"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("told", "tell"),
    ("took", "take"),
    ("tore", "tear"),
    ("torn", "tear"),
    ("understood", "understand"),
    ("upheld", "uphold"),
    ("went", "go"),
    ("withdrawn", "withdraw"),
    ("withdrew", "withdraw"),
    ("withheld", "withhold"),
    ("woke", "wake"),
    ("woken", "wake"),
    ("won", "win"),
    ("wore", "wear"),
    ("worn", "wear"),
    ("written", "write"),
    ("wrote", "write"),
];

/// Past forms that are as often another word ("left", "found", "saw" …): kept apart when
/// sentences are compared.
const NOT_ONLY_PAST: &[&str] = &["found", "got", "left", "saw", "thought"];

/// The stem of the present of an irregular past form, given that form's stem
/// ([`IRREGULAR_PAST`]; forms the stemmer changes, and `NOT_ONLY_PAST`, are left out).
pub fn irregular_past(stem: &str) -> Option<&'static str> {
    static MAP: LazyLock<rustc_hash::FxHashMap<&'static str, String>> = LazyLock::new(|| {
        IRREGULAR_PAST
            .iter()
            .filter(|(past, _)| !NOT_ONLY_PAST.contains(past) && crate::text::stem(past) == *past)
            .map(|&(past, present)| (past, crate::text::stem(present)))
            .collect()
    });
    MAP.get(stem).map(String::as_str)
}

/// Verbs of a quantity going down or up, each with the one word its group is compared by:
/// outlets report one market move as "shares fell", "the stock slid" or "shares dropped",
/// and only a shared word lets their sentences meet.
const MOVEMENTS: &[(&str, &str)] = &[
    ("decline", "fall"),
    ("dip", "fall"),
    ("drop", "fall"),
    ("fall", "fall"),
    ("fell", "fall"),
    ("plummet", "fall"),
    ("plunge", "fall"),
    ("sank", "fall"),
    ("sink", "fall"),
    ("slid", "fall"),
    ("slide", "fall"),
    ("slip", "fall"),
    ("slump", "fall"),
    ("tumble", "fall"),
    ("climb", "rise"),
    ("jump", "rise"),
    ("rise", "rise"),
    ("risen", "rise"),
    ("rose", "rise"),
    ("soar", "rise"),
    ("surge", "rise"),
];

/// The word a statement's stem is compared by, when it is not the stem itself: an
/// irregular past form's present ([`irregular_past`]), and a verb of a rise or fall in any
/// form its group's word (`MOVEMENTS`: "slid", "sliding", "sank" → "fall"). One look-up
/// per word: every word of every candidate sentence is asked.
pub fn compared_form(stem: &str) -> Option<&'static str> {
    static MAP: LazyLock<rustc_hash::FxHashMap<String, &'static str>> = LazyLock::new(|| {
        let movements: rustc_hash::FxHashMap<String, &'static str> = MOVEMENTS
            .iter()
            .map(|&(verb, group)| (crate::text::stem(verb), group))
            .collect();
        let mut map = movements.clone();
        for &(past, _) in IRREGULAR_PAST {
            if let Some(present) = irregular_past(past) {
                map.insert(
                    past.to_string(),
                    movements.get(present).copied().unwrap_or(present),
                );
            }
        }
        map
    });
    MAP.get(stem).copied()
}

/// Words ending in "-est" that are not superlatives ("interest", "protest").
pub static EST_NON_SUPERLATIVES: WordList = WordList::new(&[
    "arrest",
    "attest",
    "behest",
    "conquest",
    "contest",
    "detest",
    "digest",
    "earnest",
    "forest",
    "harvest",
    "honest",
    "infest",
    "inquest",
    "interest",
    "invest",
    "latest",
    "manifest",
    "midwest",
    "modest",
    "northwest",
    "priest",
    "protest",
    "request",
    "southwest",
    "suggest",
    "tempest",
    "unrest",
]);

/// Last words of the names of events and prizes ("World Cup", "Australian Open", "Academy
/// Awards"): such a name is no person's, however person-like its two words look.
pub static EVENT_HEADS: WordList = WordList::new(&[
    "awards",
    "award",
    "cup",
    "slam",
    "open",
    "championship",
    "championships",
    "marathon",
    "games",
    "olympics",
    "festival",
    "prize",
    "trophy",
    "derby",
    "tournament",
    "series",
    "expo",
    "summit",
    "conference",
    "week",
    "classic",
]);

/// First words that make two-word place names ("Los Angeles", "San Diego", "Port Said",
/// "Lake Tahoe"): such a name is a place unless a title says otherwise. ("New" and "St"
/// are left out: "New Year", "New Order", "St Stephen" are no places.)
pub static PLACE_PREFIXES: WordList = WordList::new(&[
    "los", "las", "san", "sao", "port", "fort", "mount", "lake", "cape",
]);

/// What a person has and a place seldom does, named after an owner ("Jo Roe's government",
/// "Jo Roe's trial", "Jo Roe's novel"): a name owning one after "in", "at" or "from" is
/// not placed there.
pub static PERSONAL_POSSESSIONS: WordList = WordList::new(&[
    "government",
    "cabinet",
    "administration",
    "premiership",
    "presidency",
    "leadership",
    "era",
    "life",
    "career",
    "death",
    "funeral",
    "trial",
    "memory",
    "wife",
    "husband",
    "son",
    "daughter",
    "family",
    "film",
    "films",
    "movie",
    "novel",
    "book",
    "books",
    "album",
    "song",
    "band",
    "campaign",
    "birthday",
]);

/// Words after which "to" or "from" takes a person or a body, not a place ("married to",
/// "a letter from", "lost to", "support from"): the name after them is not placed.
pub static TAKING_SOMEONE: WordList = WordList::new(&[
    "advice",
    "apology",
    "appeal",
    "award",
    "awarded",
    "calls",
    "comment",
    "comments",
    "competition",
    "complaint",
    "complaints",
    "criticism",
    "email",
    "engaged",
    "handed",
    "hearing",
    "help",
    "letter",
    "letters",
    "lost",
    "married",
    "marriage",
    "message",
    "offer",
    "praise",
    "presented",
    "pressure",
    "reference",
    "reply",
    "response",
    "spoke",
    "statement",
    "statements",
    "support",
    "talked",
    "tribute",
    "wrote",
    "written",
]);

/// A player's or a coach's place in a team, printed between the team and the name ("Velm
/// United striker Jo Roe", "Kessel boss Ann Lee"): the name before it is the team's, a body.
pub static TEAM_ROLES: WordList = WordList::new(&[
    "boss",
    "captain",
    "centre-back",
    "defender",
    "flanker",
    "fly-half",
    "forward",
    "full-back",
    "goalkeeper",
    "keeper",
    "midfielder",
    "playmaker",
    "prop",
    "quarterback",
    "scrum-half",
    "striker",
    "winger",
]);

/// People's roles ([`ROLE_NOUNS`]) that "at" places rather than employs ("fans at
/// Kessel", "voters at Velm", "officials at Velm airport"): after them, "at" still names
/// where someone is.
pub static ROLES_HELD_IN_PLACES: WordList = WordList::new(&[
    "fan",
    "neighbor",
    "neighbour",
    "official",
    "passenger",
    "protester",
    "resident",
    "spectator",
    "supporter",
    "survivor",
    "victim",
    "voter",
    "witness",
]);

/// Words that close the name of a law or a charter ("Criminal Justice Act", "Finance
/// Bill", "Water Code"): such a name is no person's, and a title word just before one is
/// part of it ("Justice", "Finance"). Not "law", also a surname ("Jack Law").
pub static LAW_HEADS: WordList = WordList::new(&[
    "act",
    "amendment",
    "bill",
    "charter",
    "code",
    "directive",
    "ordinance",
    "regulations",
    "statute",
]);

/// Nouns that name a body set up within a place or within another body ("the Velm High
/// Court", "the Senate Finance Committee", "the City Police Department"): a name that adds
/// one to another name is a body of its own, not a longer form of that name.
pub static SUB_BODY_HEADS: WordList = WordList::new(&[
    "office",
    "committee",
    "subcommittee",
    "department",
    "court",
    "unit",
    "association",
    "commission",
    "council",
    "foundation",
    "fund",
    "board",
    "authority",
    "agency",
    "institute",
    "tribunal",
    "inquiry",
    // ("the Velm Stock Exchange" is a body within Velm, not a longer name of it.)
    "exchange",
]);

/// Last words of the names of sports clubs, houses of a legislature and a party's members
/// ("Manchester United", "Bristol Rovers", "House of Lords", "Welsh Conservatives"), which
/// are bodies, not people.
pub static CLUB_AND_CHAMBER_HEADS: WordList = WordList::new(&[
    "united",
    "rovers",
    "athletic",
    "wanderers",
    "albion",
    "hotspur",
    "fc",
    // ("Chatham House", "the Opera House": a house is a body or a building.)
    "house",
    "representatives",
    "lords",
    "commons",
    "mps",
    "conservatives",
    "democrats",
    "republicans",
    "liberals",
    "socialists",
    "tories",
]);

/// Initialisms English uses as common nouns: a medium, a device, a measure, a post held by
/// many ("TV", "DVD", "GDP", "CEO", "MPs"). Printed alone they name no one thing; inside a
/// longer name ("TV Azteca") they are part of it.
pub static COMMON_ACRONYMS: WordList = WordList::new(&[
    "tv", "hdtv", "pc", "pcs", "dvd", "dvds", "cd", "cds", "gdp", "gnp", "ceo", "ceos", "cfo",
    "mp", "mps", "mep", "meps", "hiv", "dna", "gps", "sms", "vat", "ipo", "suv", "suvs", "atm",
    "atms", "faq", "url", "lcd", "mp3", "isp", "isps", "pdf", "id", "ids", "it", "pr", "hr", "ai",
    "dj", "djs", "ok", "lng", "lpg", "cgi", "diy", "gsm", "sim", "sims", "lan", "p2p", "usb",
    "cctv", "adsl", "dsl", "hd", "cpi", "rpi", "fdi", "pfi", "ppp", "ifrs", "agm", "egm", "cbe",
    "obe", "mbe", "ufo", "ufos", "vhs", "lp", "lps", "mw", "kw", "gw", "mph", "rpm", "sos", "q1",
    "q2", "q3", "q4", "coo", "cto", "cio", "iq", "phd", "phds", "mba", "mbas", "pin", "mri", "icu",
    "gp", "ngo", "ngos", "msp", "msps", "gcse", "gcses",
]);

/// Kinds of thing known by a number after the word: "Clause 7", "Route 66", "Resolution
/// 2718", "Terminal 3". The number is part of the name.
pub static NUMBERED_KINDS: WordList = WordList::new(&[
    "article",
    "amendment",
    "chapter",
    "clause",
    "section",
    "resolution",
    "proposition",
    "paragraph",
    "annex",
    "protocol",
    "flight",
    "route",
    "highway",
    "interstate",
    "terminal",
    "runway",
    "reactor",
    "platform",
]);

/// Broadcasters known by a number: "Radio 4", "Channel 5". Numbered kinds too, but what they
/// name is a body.
pub static NUMBERED_STATIONS: WordList = WordList::new(&["radio", "channel"]);

/// Whether a word is a kind of thing known by a number after it ([`NUMBERED_KINDS`],
/// [`NUMBERED_STATIONS`]).
pub fn is_numbered_kind(word: &str) -> bool {
    is_in(&NUMBERED_KINDS, word) || is_in(&NUMBERED_STATIONS, word)
}

/// Whether `kind` and `number` name a numbered thing: a numbered kind and a number in
/// figures ("clause", "7").
pub fn is_numbered_name(kind: &str, number: &str) -> bool {
    !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) && is_numbered_kind(kind)
}

/// Words for an area a place is the seat or the whole of ("Kessel City", "Velm County"):
/// a name printed with one after it is that place's.
pub static AREA_WORDS: WordList = WordList::new(&[
    "city", "county", "province", "state", "district", "borough", "township", "parish",
]);

/// Ordinal numbers written as words.
pub static ORDINALS: WordList = WordList::new(&[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth",
]);

/// Nouns of a stretch of time or a step in a sequence: after an ordinal or a superlative they
/// place something in time ("the first time", "the second round", "the busiest week") rather
/// than name one thing.
pub static SPAN_NOUNS: WordList = WordList::new(&[
    "time", "times", "week", "weeks", "month", "months", "year", "years", "day", "days", "round",
    "rounds", "half", "quarter", "quarters", "minute", "minutes", "hour", "hours", "place",
    "phase", "stage", "term", "season", "period", "date", "step", "part", "level",
]);

/// The value of a number written as a word, from "one" to "ninety-nine" ("eighteen",
/// "thirty-one", "Forty") and "hundred": outlets write small counts and sentence openings
/// in words.
///
/// ```
/// use briefing::extract::lexicon::number_word_value;
/// assert_eq!(number_word_value("Eighteen"), Some(18.0));
/// assert_eq!(number_word_value("thirty-one"), Some(31.0));
/// assert_eq!(number_word_value("thirty"), Some(30.0));
/// assert_eq!(number_word_value("thirtyish"), None);
/// ```
pub fn number_word_value(word: &str) -> Option<f64> {
    const UNITS: [&str; 19] = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let lower = word.to_lowercase();
    let unit = |w: &str| UNITS.iter().position(|u| *u == w).map(|i| i as f64 + 1.0);
    let tens = |w: &str| {
        TENS.iter()
            .position(|t| *t == w)
            .map(|i| 20.0 + 10.0 * i as f64)
    };
    if lower == "hundred" {
        return Some(100.0);
    }
    match lower.split_once('-') {
        Some((t, u)) => Some(tens(t)? + unit(u).filter(|&v| v < 10.0)?),
        None => unit(&lower).or_else(|| tens(&lower)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_lower_case_ascii() {
        for list in [
            &PERSON_TITLES,
            &ORG_WORDS,
            &KINDS_OF_BODY,
            &PRODUCT_NOUNS,
            &PLACE_WORDS,
            &ROLE_NOUNS,
            &SENTENCE_OPENERS,
            &PARTY_MEMBERS,
            &NUMBERED_STATIONS,
            &AREA_WORDS,
            &OPENING_MODIFIERS,
            &OPENING_DETERMINERS,
            &CLAUSE_WORDS,
            &EST_NON_SUPERLATIVES,
            &ORDINALS,
            &SPAN_NOUNS,
        ] {
            for entry in list.words() {
                assert!(
                    entry.is_ascii() && *entry == entry.to_lowercase(),
                    "{entry}"
                );
            }
        }
        // Looked up by binary search.
        assert!(IRREGULAR_DEMONYMS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_in(&ROLE_NOUNS, "Analyst"));
        assert!(is_in(&PERSON_TITLES, "MR."));
        assert!(!is_in(&ROLE_NOUNS, "Analysts"));
    }

    #[test]
    fn irregular_past_forms_meet_their_present() {
        let stems = |text: &str| -> Vec<String> {
            crate::text::content_stems(text)
                .into_iter()
                .map(|s| irregular_past(&s).map_or(s, str::to_string))
                .collect()
        };
        assert_eq!(
            stems("Shares fell; prices rose."),
            stems("Shares fall; prices rise.")
        );
        assert_eq!(irregular_past("left"), None);
    }

    #[test]
    fn speech_verbs_are_lemmatised() {
        assert_eq!(speech_verb("said"), Some("say"));
        assert_eq!(speech_verb("stating"), Some("state"));
        assert_eq!(speech_verb("emphasized"), Some("emphasize"));
        assert_eq!(speech_verb("replies"), Some("reply"));
        assert_eq!(speech_verb("told"), Some("tell"));
        assert_eq!(speech_verb("believed"), None);
        assert_eq!(speech_verb("house"), None);
    }
}
