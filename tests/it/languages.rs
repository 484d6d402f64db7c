//! Articles in Russian, Ukrainian and German: each is stemmed with its
//! language's stemmer, and a Russian or Ukrainian query word also takes its
//! case forms, so a word as a dictionary gives it finds the article
//! whatever case or number the text uses.

use crate::common::{Workspace, copy_dir};
use std::path::Path;

/// Every noun and proper name of each Russian article in `corpus/ru/`, in
/// its dictionary form (nominative singular; plural for plural-only words).
/// Names of several words are searched as all of their words. Some are
/// found only through the case forms a query word takes, not by the
/// stemmer: день (the text has "дней"), рынок, дворец, огонь, десяток,
/// судно ("суда"), время ("времени"), Киев (stemmed "ки", "Киева" "киев"),
/// обмен, прорыв, отмена, держава, система, уступка, Ассамблея, издержки.
const RUSSIAN: &[(&str, &[&str])] = &[
    (
        "ru/2025-03-25-peremirie-chernoe-more.md",
        &[
            "перемирие",
            "Чёрное море",
            "Эр-Рияд",
            "переговоры",
            "час",
            "делегация",
            "Россия",
            "США",
            "безопасность",
            "судоходство",
            "итог",
            "встреча",
            "Белый дом",
            "сторона",
            "плавание",
            "применение",
            "сила",
            "Москва",
            "соглашение",
            "санкция",
            "Россельхозбанк",
            "возвращение",
            "SWIFT",
            "Киев",
            "условие",
            "давление",
            "Кремль",
            "Зеленский",
            "Украина",
            "прекращение",
            "удар",
            "порт",
            "счёт",
            "союзник",
            "эксперт",
            "сделка",
            "Турция",
            "ООН",
            "посредник",
            "год",
            "договорённость",
            "вопрос",
            "соблюдение",
            "нарушение",
            "март",
            "июль",
            "судно",
            "отмена",
            "система",
            "уступка",
        ],
    ),
    (
        "ru/2025-05-16-stambul-peregovory.md",
        &[
            "Стамбул",
            "переговоры",
            "год",
            "делегация",
            "Россия",
            "Украина",
            "встреча",
            "Долмабахче",
            "час",
            "Владимир Мединский",
            "министр",
            "оборона",
            "Рустем Умеров",
            "Эрдоган",
            "Фидан",
            "факт",
            "успех",
            "дипломатия",
            "пленный",
            "формула",
            "тысяча",
            "прекращение",
            "сторона",
            "позиция",
            "Киев",
            "столица",
            "перемирие",
            "Москва",
            "обсуждение",
            "первопричина",
            "конфликт",
            "Вашингтон",
            "Трамп",
            "журналист",
            "Путин",
            "Европа",
            "сигнал",
            "участие",
            "Америка",
            "процесс",
            "санкция",
            "Евросоюз",
            "расчёт",
            "Кремль",
            "весна",
            "июнь",
            "прорыв",
            "обмен",
            "дворец",
            "огонь",
            "день",
        ],
    ),
    (
        "ru/2025-06-27-sankcii-paket.txt",
        &[
            "пакет",
            "санкция",
            "Евросоюз",
            "Россия",
            "Брюссель",
            "потолок",
            "цена",
            "нефть",
            "сделка",
            "газопровод",
            "Северный поток",
            "список",
            "танкер",
            "флот",
            "Словакия",
            "Венгрия",
            "решение",
            "Еврокомиссия",
            "гарантия",
            "поставка",
            "газ",
            "эффективность",
            "ограничение",
            "экспорт",
            "покупатель",
            "Индия",
            "Китай",
            "Турция",
            "доход",
            "бюджет",
            "сторонник",
            "цель",
            "обвал",
            "экономика",
            "рост",
            "война",
            "фон дер Ляйен",
            "давление",
            "Москва",
            "перемирие",
            "критик",
            "Будапешт",
            "Братислава",
            "ущерб",
            "потребитель",
            "спор",
            "единство",
            "Европа",
            "май",
            "лидер",
            "сравнение",
            "десяток",
            "издержки",
        ],
    ),
    (
        "ru/2024-11-08-vybory-ssha-moskva.json",
        &[
            "выборы",
            "США",
            "глаз",
            "Москва",
            "победа",
            "Трамп",
            "Песков",
            "Америка",
            "страна",
            "отношение",
            "государство",
            "дело",
            "слово",
            "Путин",
            "Валдайский форум",
            "победитель",
            "человек",
            "комментатор",
            "смена",
            "администрация",
            "сокращение",
            "помощь",
            "давление",
            "Зеленский",
            "срок",
            "Россия",
            "предшественник",
            "Конгресс",
            "союзник",
            "НАТО",
            "влияние",
            "политика",
            "Вашингтон",
            "Кремль",
            "вопрос",
            "готовность",
            "команда",
            "переговоры",
            "судьба",
            "Украина",
            "стабильность",
            "договор",
            "вооружение",
            "февраль",
            "год",
            "диалог",
            "контроль",
            "выборы",
            "ноябрь",
            "Киев",
            "держава",
            "день",
        ],
    ),
    (
        "ru/2025-02-14-myunhen-bezopasnost.md",
        &[
            "Мюнхен",
            "Европа",
            "место",
            "стол",
            "конференция",
            "безопасность",
            "знак",
            "речь",
            "Вэнс",
            "вице-президент",
            "США",
            "союзник",
            "отступление",
            "свобода",
            "слово",
            "Украина",
            "зал",
            "министр",
            "оборона",
            "Германия",
            "Писториус",
            "выступление",
            "политик",
            "Вашингтон",
            "Москва",
            "судьба",
            "Макрон",
            "Париж",
            "встреча",
            "лидер",
            "Стармер",
            "военный",
            "гарантия",
            "перемирие",
            "Польша",
            "страна",
            "Балтия",
            "расход",
            "Зеленский",
            "проверка",
            "армия",
            "соглашение",
            "металл",
            "условие",
            "Америка",
            "разговор",
            "мир",
            "участник",
            "Киев",
        ],
    ),
    (
        "ru/2025-03-20-kommentariy-cp1251.txt",
        &[
            "Путин",
            "Трамп",
            "час",
            "конец",
            "компартментализация",
            "противоречие",
            "Белый дом",
            "Кремль",
            "желание",
            "круг",
            "вопрос",
            "минимум",
            "вывод",
            "разговор",
            "Владимир Путин",
            "Дональд Трамп",
            "телефон",
            "точка",
            "готовность",
            "диалог",
            "пресс-релиз",
            "заявление",
            "сторона",
            "упор",
            "договорённость",
            "прекращение",
            "удар",
            "инфраструктура",
            "Украина",
            "Россия",
            "перемирие",
            "Чёрное море",
            "стабильность",
            "план",
            "выражение",
            "заинтересованность",
            "нормализация",
            "отношение",
            "учёт",
            "ответственность",
            "США",
            "обеспечение",
            "безопасность",
            "мир",
            "релиз",
            "сайт",
            "информация",
            "сеть",
            "пресс-секретарь",
            "президент",
            "Каролин Ливитт",
            "комментарий",
            "перевод",
            "проект",
            "pundex",
            "абзац",
            "статья",
            "пример",
            "день",
        ],
    ),
    (
        "ru/2022-09-20-erdogan-chernoe-more-utf16.txt",
        &[
            "Эрдоган",
            "ООН",
            "зерно",
            "Чёрное море",
            "усилие",
            "Генеральный секретарь",
            "экспорт",
            "путь",
            "соглашение",
            "Стамбул",
            "обеспечение",
            "Черноморская зерновая инициатива",
            "значение",
            "объём",
            "Организация Объединённых Наций",
            "достижение",
            "организация",
            "десятилетие",
            "выступление",
            "Турция",
            "прения",
            "сессия",
            "сентябрь",
            "год",
            "UNGDC",
            "перевод",
            "проект",
            "pundex",
            "Генеральная Ассамблея",
            "рынок",
            "время",
        ],
    ),
];

/// The corpus's Russian, Ukrainian and German articles and its English one.
fn languages_workspace() -> Workspace {
    let ws = Workspace::new();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for language in ["ru", "uk", "de"] {
        copy_dir(&corpus.join(language), &ws.articles().join(language));
    }
    let english = "2025-03-19-putin-trump-call.txt";
    std::fs::copy(corpus.join(english), ws.articles().join(english)).unwrap();
    ws.index_folder();
    ws
}

#[test]
fn every_russian_noun_finds_its_article_in_its_dictionary_form() {
    let ws = languages_workspace();
    let on_disk: Vec<String> = std::fs::read_dir(ws.articles().join("ru"))
        .unwrap()
        .map(|e| format!("ru/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    for file in &on_disk {
        assert!(
            RUSSIAN.iter().any(|(listed, _)| listed == file),
            "{file}: list its nouns in RUSSIAN"
        );
    }
    let mut missed = Vec::new();
    for (file, words) in RUSSIAN {
        for word in *words {
            if !ws.search_ids(&[word]).iter().any(|id| id == file) {
                missed.push(format!("{file}: {word}"));
            }
        }
    }
    assert!(missed.is_empty(), "not found:\n{}", missed.join("\n"));
}

#[test]
fn inflections_phrases_and_snippets_in_russian() {
    let ws = languages_workspace();
    let peremirie = "ru/2025-03-25-peremirie-chernoe-more.md";
    // The forms a user types find the forms the text uses, and the English
    // article is found by its own words only.
    for (query, expected) in [
        ("перемирие", 5),
        ("переговоры", 3),
        ("\"на Чёрном море\"", 2),
        ("\"на Черном море\"", 2),
        ("\"Чёрном на море\"", 0),
        ("title:перемирие", 1),
        ("truce", 1),
    ] {
        let ids = ws.search_ids(&[query]);
        assert_eq!(ids.len(), expected, "{query}: {ids:?}");
    }
    let results = ws.json(&[
        "search",
        "--json",
        "перемирие",
        "--lang",
        "ru",
        "--limit",
        "20",
    ]);
    let hit = results
        .iter()
        .find(|v| v["type"] == "hit" && v["id"] == peremirie)
        .expect("the article on the Black Sea truce");
    assert_eq!(
        hit["title"],
        "Перемирие на Чёрном море: что обсуждали в Эр-Рияде"
    );
    // Every inflected form is highlighted where it stands.
    let mut highlighted = Vec::new();
    for fragment in hit["snippet"].as_array().unwrap() {
        let text = fragment["text"].as_str().unwrap();
        for range in fragment["highlights"].as_array().unwrap() {
            let (start, end) = (
                range["start"].as_u64().unwrap(),
                range["end"].as_u64().unwrap(),
            );
            highlighted.push(text[start as usize..end as usize].to_lowercase());
        }
    }
    highlighted.sort();
    highlighted.dedup();
    assert_eq!(highlighted, ["перемирие", "перемирия"], "{hit}");
}

#[test]
fn lang_filters_and_facets_count_languages() {
    let ws = languages_workspace();
    let summary = |args: &[&str]| {
        let mut full = vec!["search", "--json", "--limit", "0", "--facets"];
        full.extend_from_slice(args);
        ws.json(&full).pop().unwrap()
    };
    let all = summary(&[]);
    let mut languages: Vec<(String, u64)> = all["facets"]["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_owned(),
                c["documents"].as_u64().unwrap(),
            )
        })
        .collect();
    languages.sort();
    let pairs = |list: &[(&str, u64)]| -> Vec<(String, u64)> {
        list.iter().map(|(n, c)| ((*n).to_owned(), *c)).collect()
    };
    assert_eq!(
        languages,
        pairs(&[("de", 1), ("en", 1), ("ru", 7), ("uk", 2)])
    );
    assert_eq!(summary(&["--lang", "ru"])["total"], 7);
    assert_eq!(
        summary(&["--lang", "Ukrainian", "--lang", "de"])["total"],
        3
    );
    assert_eq!(summary(&["перемирие", "--lang", "uk"])["total"], 0);
    for name in ["klingon", "xx"] {
        let unknown = ws.cmd(&["search", "x", "--lang", name]).output().unwrap();
        assert_eq!(unknown.status.code(), Some(2), "{name}");
        let stderr = String::from_utf8_lossy(&unknown.stderr);
        assert!(stderr.contains("unknown language"), "{name}: {stderr}");
    }
}

#[test]
fn german_is_stemmed_and_ukrainian_is_found_in_its_case_forms() {
    let ws = languages_workspace();
    let german = "de/2025-03-05-sondervermoegen.md";
    for word in [
        "Haushalt",
        "Mehrheit",
        "Signal",
        "Folge",
        "Land",
        "Schuldenbremse",
    ] {
        assert!(
            ws.search_ids(&[word]).iter().any(|id| id == german),
            "{word}"
        );
    }
    // No Ukrainian stemmer: a Ukrainian query word is searched in the case
    // forms made for it, so the nominative finds the oblique forms the
    // article writes ("відбудови", "ліцензій", "копалин", "квітня", "році").
    let nadra = "uk/2025-04-30-uhoda-nadra.md";
    for word in [
        "угода",
        "Угода",
        "надра",
        "США",
        "відбудова",
        "економіка",
        "фінанси",
        "допомога",
        "ліцензія",
        "копалини",
        "нафта",
        "власність",
        "гарантія",
        "безпека",
        "уряд",
        "Росія",
        "Америка",
        "квітень",
        "рік",
        "Вашингтон",
    ] {
        assert!(
            ws.search_ids(&[word]).iter().any(|id| id == nadra),
            "{word}"
        );
    }
    // A plural is declined as a plural: "угоди" does not find "угоду".
    assert!(ws.search_ids(&["угоди"]).is_empty());
}

/// The concepts the English phrases of `democracy` and
/// `diplomacy/negotiations` name (a junta, the constitutional order, civil
/// society, press freedom; a peace accord, a special envoy) are tagged in
/// each language of the beat, through phrases of that language.
#[test]
fn coups_and_peace_accords_are_tagged_in_each_language() {
    let ws = Workspace::new();
    let coups = [
        (
            "fr",
            "La junte a suspendu l'ordre constitutionnel et menace la société civile.",
        ),
        (
            "de",
            "Die Militärjunta setzt die verfassungsmäßige Ordnung aus; die Zivilgesellschaft protestiert.",
        ),
        (
            "es",
            "El régimen militar rompió el orden constitucional y persigue a la sociedad civil.",
        ),
        (
            "it",
            "La giunta militare ha sospeso l'ordine costituzionale e minaccia la società civile.",
        ),
        (
            "pt",
            "O regime militar rompeu a ordem constitucional e ameaça a sociedade civil.",
        ),
        (
            "pl",
            "Pucz przerwał porządek konstytucyjny, a rządy wojskowe uciszają opozycję.",
        ),
        (
            "ru",
            "Хунта отменила конституционный порядок и преследует гражданское общество.",
        ),
        (
            "uk",
            "Державний переворот зруйнував конституційний лад і громадянське суспільство.",
        ),
    ];
    let talks = [
        (
            "fr",
            "L'envoyé spécial prépare un accord de paix avec les deux camps.",
        ),
        (
            "de",
            "Der Sondergesandte legt einen Friedensplan vor; das Friedensabkommen ist nah.",
        ),
        (
            "es",
            "El enviado especial anunció un acuerdo de paz y un nuevo proceso de paz.",
        ),
        (
            "it",
            "L'inviato speciale annuncia un accordo di pace dopo i colloqui.",
        ),
        (
            "pt",
            "O enviado especial anunciou um acordo de paz e um processo de paz.",
        ),
        (
            "pl",
            "Specjalny wysłannik ogłosił porozumienie pokojowe i proces pokojowy.",
        ),
        (
            "tr",
            "Özel temsilci çözüm süreci için yeni bir takvim açıkladı.",
        ),
        (
            "ru",
            "Спецпосланник обсудил мирное соглашение и посредничество Катара.",
        ),
        (
            "uk",
            "Спецпосланець обговорив мирну угоду та мирний процес.",
        ),
    ];
    for (lang, text) in coups {
        ws.write(
            &format!("art-{lang}.md"),
            &format!("---\nlanguage: {lang}\n---\n\n{text}\n"),
        );
    }
    for (lang, text) in talks {
        ws.write(
            &format!("note-{lang}.md"),
            &format!("---\nlanguage: {lang}\n---\n\n{text}\n"),
        );
    }
    ws.index_folder();
    let tagged = |issue: &str| ws.search_ids(&["--issue", issue]);
    let democracy = tagged("democracy");
    for (lang, _) in coups {
        assert!(
            democracy.contains(&format!("art-{lang}.md")),
            "{lang}: {democracy:?}"
        );
    }
    let negotiations = tagged("diplomacy/negotiations");
    for (lang, _) in talks {
        assert!(
            negotiations.contains(&format!("note-{lang}.md")),
            "{lang}: {negotiations:?}"
        );
    }
}

/// Democracy's "governance" half (no-confidence votes, impeachment,
/// constitutional courts and amendments, anti-corruption bodies, the
/// opposition) is tagged in English and in each language of the beat.
#[test]
fn a_state_s_own_institutions_are_tagged_as_democracy() {
    let ws = Workspace::new();
    let texts = [
        (
            "en",
            "The opposition leader tabled a no-confidence motion after the impeachment vote failed.",
        ),
        (
            "fr",
            "La motion de censure a été déposée; le Conseil constitutionnel doit encore trancher.",
        ),
        (
            "de",
            "Nach dem Misstrauensvotum prüft das Bundesverfassungsgericht die Verfassungsänderung.",
        ),
        (
            "es",
            "La moción de censura fracasó y el Tribunal Constitucional revisará la reforma constitucional.",
        ),
        (
            "it",
            "Dopo la mozione di sfiducia, la Corte costituzionale esaminerà la riforma costituzionale.",
        ),
        (
            "pt",
            "A moção de censura caiu e o Supremo Tribunal Federal analisa a destituição.",
        ),
        (
            "pl",
            "Wotum nieufności upadło, a Trybunał Konstytucyjny zbada zmiany konstytucji.",
        ),
        (
            "tr",
            "Gensoru reddedildi; Anayasa Mahkemesi anayasa değişikliği başvurusunu inceleyecek.",
        ),
        (
            "ru",
            "Вотум недоверия провалился, Конституционный суд рассмотрит импичмент.",
        ),
        (
            "uk",
            "Вотум недовіри провалився, Конституційний суд розгляне імпічмент.",
        ),
    ];
    for (lang, text) in texts {
        ws.write(
            &format!("piece-{lang}.md"),
            &format!("---\nlanguage: {lang}\n---\n\n{text}\n"),
        );
    }
    ws.index_folder();
    let democracy = ws.search_ids(&["--issue", "democracy"]);
    for (lang, _) in texts {
        assert!(
            democracy.contains(&format!("piece-{lang}.md")),
            "{lang}: {democracy:?}"
        );
    }
}

/// Czech, Romanian and Dutch, which had no issue phrase, are tagged with the
/// issues commentary carries most, through phrases of their own.
#[test]
fn czech_romanian_and_dutch_articles_get_their_issues() {
    let ws = Workspace::new();
    let texts = [
        (
            "cs",
            "elections",
            "Parlamentní volby vyhrála opozice; voliči přišli k urnám ve velkém počtu.",
        ),
        (
            "ro",
            "elections",
            "Alegerile prezidențiale au intrat în turul doi, iar alegătorii sunt împărțiți.",
        ),
        (
            "nl",
            "elections",
            "De verkiezingen leverden een hoge opkomst op; de kiezers straften de coalitie.",
        ),
        (
            "cs",
            "migration",
            "Uprchlíci a migranti čekají na hranici; žádosti o azyl rostou.",
        ),
        (
            "ro",
            "migration",
            "Refugiații și migranții așteaptă la graniță; cererile de azil cresc.",
        ),
        (
            "nl",
            "migration",
            "Vluchtelingen en asielzoekers wachten aan de grens; de migratie groeit.",
        ),
        (
            "cs",
            "climate",
            "Změna klimatu a skleníkové plyny: vláda slibuje obnovitelné zdroje.",
        ),
        (
            "ro",
            "climate",
            "Schimbările climatice și emisiile de gaze cu efect de seră cer energie regenerabilă.",
        ),
        (
            "nl",
            "climate",
            "Klimaatverandering en de uitstoot van broeikasgassen vragen om een energietransitie.",
        ),
        (
            "cs",
            "conflict/ceasefire",
            "Příměří platí od pondělí; klid zbraní zatím drží.",
        ),
        (
            "ro",
            "conflict/ceasefire",
            "Încetarea focului intră în vigoare luni; armistițiul este fragil.",
        ),
        (
            "nl",
            "conflict/ceasefire",
            "Het staakt-het-vuren gaat maandag in; de wapenstilstand is broos.",
        ),
    ];
    assert_tagged_in_their_language(&ws, &texts);
}

/// Issues whose phrases were English (and Russian) only, a war or a region
/// named in the article's own words, are tagged in the other languages too.
#[test]
fn wars_and_regions_are_tagged_in_the_article_s_language() {
    let ws = Workspace::new();
    let texts = [
        (
            "ru",
            "conflict/afghanistan",
            "Талибы укрепили Исламский эмират; война в Афганистане не закончилась.",
        ),
        (
            "de",
            "conflict/afghanistan",
            "Die Taliban regieren das Islamische Emirat; afghanische Frauen verlieren ihre Rechte.",
        ),
        (
            "es",
            "conflict/afghanistan",
            "Los talibanes gobiernan el Emirato Islámico; las mujeres afganas no pueden estudiar.",
        ),
        (
            "fr",
            "conflict/syria",
            "La guerre civile syrienne a poussé des millions de réfugiés syriens hors du pays.",
        ),
        (
            "pl",
            "conflict/syria",
            "Wojna domowa w Syrii trwa; syryjscy uchodźcy wracają po upadku reżimu Asada.",
        ),
        (
            "tr",
            "conflict/syria",
            "Suriye iç savaşı sona erdi; Suriyeli mülteciler geri dönüyor.",
        ),
        (
            "it",
            "region/middle-east",
            "Il Medio Oriente brucia: la crisi del Medio Oriente divide i governi.",
        ),
        (
            "pt",
            "region/middle-east",
            "O Médio Oriente está em chamas; a paz no Médio Oriente parece distante.",
        ),
    ];
    assert_tagged_in_their_language(&ws, &texts);
}

/// Indexes one brief per (language, issue, text) and asserts each is tagged
/// with its issue.
fn assert_tagged_in_their_language(ws: &Workspace, texts: &[(&str, &str, &str)]) {
    for (n, (lang, _, text)) in texts.iter().enumerate() {
        ws.write(
            &format!("brief-{n}-{lang}.md"),
            &format!("---\nlanguage: {lang}\n---\n\n{text}\n"),
        );
    }
    ws.index_folder();
    for (n, (lang, issue, _)) in texts.iter().enumerate() {
        let tagged = ws.search_ids(&["--issue", issue]);
        assert!(
            tagged.contains(&format!("brief-{n}-{lang}.md")),
            "{lang} {issue}: {tagged:?}"
        );
    }
}
