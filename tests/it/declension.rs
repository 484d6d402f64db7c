//! Russian and Ukrainian articles that name actors only in oblique cases
//! ("Путина", "Шольца", "Казахстаном", "Україною") are found by the actor's
//! English name: the lexicon's nominatives decline when it loads.

use crate::common::Workspace;

/// Commentary written for these tests. Each actor listed with an article
/// is named there only in cases other than the nominative.
const ARTICLES: &[(&str, &str)] = &[
    (
        "ru/2025-03-21-razgovor.md",
        "---\ntitle: \"После разговора\"\ndate: 2025-03-21\n---\n\n\
         После телефонного разговора Владимира Путина с Дональдом Трампом в Кремле \
         заговорили об ослаблении санкций. Лавровым уже подготовлен список условий, а \
         брифинг Захаровой был посвящён ударам по энергетике. Пескова спросили о сроках \
         перемирия, но он ушёл от ответа.\n",
    ),
    (
        "ru/2025-02-20-evropa.md",
        "---\ntitle: \"Европа после Мюнхена\"\ndate: 2025-02-20\n---\n\n\
         В Берлине не скрывают раздражения: переговоры о будущем Украины идут без \
         Германии. Шольца критикуют за осторожность, а Мерцем уже недовольны в \
         собственной партии. Встреча Макрона с Урсулой фон дер Ляйен закончилась общим \
         заявлением о поддержке Киева, и от Евросоюза ждут новых гарантий.\n",
    ),
    (
        "ru/2025-05-17-stambul.md",
        "---\ntitle: \"Стамбул и Анкара\"\ndate: 2025-05-17\n---\n\n\
         Переговоры в Стамбуле прошли при посредничестве Турции. Делегации под \
         руководством Владимира Мединского и Рустема Умерова встретились с Хаканом \
         Фиданом, а звонок Эрдогана задал тон всей встрече. Торговля с Россией растёт, \
         соглашения с Казахстаном, Венгрией и Беларусью продлены. Визит Си Цзиньпина в \
         Анкару и переговоры с Ираном и Китаем показывают, что посредник ищет выгоду.\n",
    ),
    (
        "uk/2025-04-02-rada.md",
        "---\ntitle: \"Закон про санкції\"\ndate: 2025-04-02\nlang: uk\n---\n\n\
         Верховною Радою ухвалено закон про синхронізацію санкцій з Європейським Союзом. \
         Після розмови Зеленського з лідерами союзників заявили, що угода зі Сполученими \
         Штатами буде ратифікована до літа. Опозиція на чолі з партією Порошенка вимагає \
         звіту від Єрмака. Кордон з Білоруссю посилено: у Києві не вірять заявам \
         Лукашенка про нейтралітет. Підтримка України з боку Польщі залишається \
         ключовою.\n",
    ),
    (
        "ru/2025-06-01-bez-imen.md",
        "---\ntitle: \"Взгляд из регионов\"\ndate: 2025-06-01\n---\n\n\
         Российские дипломаты и российский бизнес привыкли к путинской риторике. \
         Маска сброшена, говорят аналитики. Трассу на юг перекрыли из-за паводка, а \
         Коля из Твери пишет, что миру нужен покой.\n",
    ),
];

/// An actor by its English name, and the article that names it only in oblique cases.
const DECLINED: &[(&str, &str)] = &[
    ("Vladimir Putin", "ru/2025-03-21-razgovor.md"),
    ("Donald Trump", "ru/2025-03-21-razgovor.md"),
    ("Kremlin", "ru/2025-03-21-razgovor.md"),
    ("Sergey Lavrov", "ru/2025-03-21-razgovor.md"),
    ("Maria Zakharova", "ru/2025-03-21-razgovor.md"),
    ("Dmitry Peskov", "ru/2025-03-21-razgovor.md"),
    ("Germany", "ru/2025-02-20-evropa.md"),
    ("Olaf Scholz", "ru/2025-02-20-evropa.md"),
    ("Friedrich Merz", "ru/2025-02-20-evropa.md"),
    ("Emmanuel Macron", "ru/2025-02-20-evropa.md"),
    ("Ursula von der Leyen", "ru/2025-02-20-evropa.md"),
    ("Turkey", "ru/2025-05-17-stambul.md"),
    ("Recep Tayyip Erdoğan", "ru/2025-05-17-stambul.md"),
    ("Hakan Fidan", "ru/2025-05-17-stambul.md"),
    ("Vladimir Medinsky", "ru/2025-05-17-stambul.md"),
    ("Rustem Umerov", "ru/2025-05-17-stambul.md"),
    ("Russia", "ru/2025-05-17-stambul.md"),
    ("Kazakhstan", "ru/2025-05-17-stambul.md"),
    ("Hungary", "ru/2025-05-17-stambul.md"),
    ("China", "ru/2025-05-17-stambul.md"),
    ("Xi Jinping", "ru/2025-05-17-stambul.md"),
    ("Iran", "ru/2025-05-17-stambul.md"),
    ("Verkhovna Rada", "uk/2025-04-02-rada.md"),
    ("Volodymyr Zelensky", "uk/2025-04-02-rada.md"),
    ("United States", "uk/2025-04-02-rada.md"),
    ("Petro Poroshenko", "uk/2025-04-02-rada.md"),
    ("Andriy Yermak", "uk/2025-04-02-rada.md"),
    ("Alexander Lukashenko", "uk/2025-04-02-rada.md"),
    ("Poland", "uk/2025-04-02-rada.md"),
];

fn workspace() -> Workspace {
    let ws = Workspace::new();
    for (path, text) in ARTICLES {
        ws.write(path, text);
    }
    ws
}

#[test]
fn actors_named_only_in_oblique_cases_are_found_by_their_english_names() {
    let ws = workspace();
    ws.index_folder();
    for (actor, article) in DECLINED {
        let found = ws.search_ids(&["--actor", actor]);
        assert!(found.iter().any(|id| id == article), "{actor}: {found:?}");
    }
    // Names that decline in both languages, in articles of each.
    for (actor, articles) in [
        (
            "Ukraine",
            ["ru/2025-02-20-evropa.md", "uk/2025-04-02-rada.md"],
        ),
        (
            "Belarus",
            ["ru/2025-05-17-stambul.md", "uk/2025-04-02-rada.md"],
        ),
        (
            "European Union",
            ["ru/2025-02-20-evropa.md", "uk/2025-04-02-rada.md"],
        ),
    ] {
        let mut found = ws.search_ids(&["--actor", actor]);
        found.sort();
        assert_eq!(found, articles, "{actor}");
    }
}

#[test]
fn adjectives_and_common_words_are_not_names() {
    let ws = workspace();
    ws.index_folder();
    let unnamed = "ru/2025-06-01-bez-imen.md";
    // "российский" is not Russia, "путинской" not Putin, "Маска" (a mask)
    // not Musk, "Трассу" (a road) not Liz Truss, "Коля" not Helmut Kohl.
    for actor in [
        "Russia",
        "Vladimir Putin",
        "Elon Musk",
        "Liz Truss",
        "Helmut Kohl",
    ] {
        let found = ws.search_ids(&["--actor", actor]);
        assert!(!found.iter().any(|id| id == unnamed), "{actor}: {found:?}");
    }
}

#[test]
fn a_folder_lexicon_in_the_nominative_declines_too() {
    let ws = workspace();
    ws.write(
        ".pundex/lexicon.toml",
        "[[actor]]\nname = \"Taras Kovalenko\"\nkind = \"person\"\n\
         aliases = [\"Тарас Коваленко\"]\n\n\
         [[actor]]\nname = \"Black Sea Institute\"\nkind = \"organisation\"\n\
         aliases = [\"Інститут Чорного моря\"]\n",
    );
    ws.write(
        "uk/2025-07-01-instytut.md",
        "---\ntitle: \"Інтерв'ю\"\ndate: 2025-07-01\n---\n\n\
         В інтерв'ю Тараса Коваленка йдеться про роботу Інституту Чорного моря та \
         про довіру до Коваленка серед військових.\n",
    );
    ws.index_folder();
    for actor in ["Taras Kovalenko", "Black Sea Institute"] {
        assert_eq!(
            ws.search_ids(&["--actor", actor]),
            ["uk/2025-07-01-instytut.md"],
            "{actor}"
        );
    }
}
