//! A person's name read with the body or place before it in the genitive:
//! "szef Kancelarii Prezydenta Zbigniew Bogucki", "Prezes Trybunału Bogdan
//! Święczkowski", "gradonačelnik Novog Sada Milan Đurić", "rzecznik Kremla
//! Dmitrij Pieskow". Slavic languages put the body's name after the role and
//! before the person's, with nothing between; where a common given name
//! follows a word in an oblique case, the person's name starts there.

/// Common given names of Polish, Czech, Slovak, Croatian, Serbian and
/// Slovene, and Russian and Ukrainian ones as those languages write them in
/// Latin letters. A name not listed leaves the span as it was.
const GIVEN: &[&str] = &[
    // men
    "Aleksander",
    "Aleksandar",
    "Aleksandr",
    "Andrzej",
    "Andrej",
    "Andrij",
    "Andriy",
    "Ante",
    "Antoni",
    "Antonín",
    "Bogdan",
    "Bohdan",
    "Bohuslav",
    "Božo",
    "Branko",
    "Dalibor",
    "Damir",
    "Darko",
    "Dariusz",
    "Davor",
    "Dmitrij",
    "Dmytro",
    "Dragan",
    "Dušan",
    "Goran",
    "Grzegorz",
    "Hrvoje",
    "Ivan",
    "Ivo",
    "Jakub",
    "Janusz",
    "Jarosław",
    "Jerzy",
    "Jiří",
    "Josip",
    "Jozef",
    "Juraj",
    "Karel",
    "Karol",
    "Krzysztof",
    "Ladislav",
    "Lukáš",
    "Maciej",
    "Marcin",
    "Marek",
    "Mariusz",
    "Marko",
    "Mateusz",
    "Michal",
    "Michał",
    "Milan",
    "Milorad",
    "Miloš",
    "Miroslav",
    "Mirosław",
    "Mykola",
    "Nebojša",
    "Nikola",
    "Oleksandr",
    "Ondřej",
    "Paweł",
    "Pavel",
    "Pavol",
    "Petr",
    "Petro",
    "Piotr",
    "Przemysław",
    "Radek",
    "Radosław",
    "Rafał",
    "Ryszard",
    "Sergej",
    "Siergiej",
    "Serhij",
    "Siniša",
    "Sławomir",
    "Stanisław",
    "Stjepan",
    "Szymon",
    "Tadeusz",
    "Tomasz",
    "Tomáš",
    "Tomislav",
    "Vít",
    "Vladimír",
    "Vojtěch",
    "Władysław",
    "Włodzimierz",
    "Wojciech",
    "Zbigniew",
    "Aleš",
    "Bojan",
    "Dejan",
    "Janez",
    "Matjaž",
    "Mirko",
    "Mladen",
    "Nenad",
    "Primož",
    "Slobodan",
    "Tomaž",
    "Zlatko",
    "Zdeněk",
    "Zoran",
    "Željko",
    // women
    "Agnieszka",
    "Ana",
    "Beata",
    "Dagmar",
    "Dorota",
    "Ewa",
    "Ivana",
    "Jana",
    "Jelena",
    "Joanna",
    "Katarína",
    "Katarzyna",
    "Kateřina",
    "Kolinda",
    "Małgorzata",
    "Marija",
    "Markéta",
    "Milica",
    "Nataša",
    "Mojca",
    "Snežana",
    "Vesna",
    "Věra",
    "Zuzana",
];

/// Given names many languages share ("Maria", "Anna", "Peter"): they start
/// no cut (in "Rosa Maria Téllez" the second given name is no start), and a
/// word before a listed name that is one of them is a given name too.
const SHARED: &[&str] = &[
    "Adam",
    "Anna",
    "Barbara",
    "Boris",
    "Daniel",
    "David",
    "Eva",
    "Filip",
    "Hana",
    "Igor",
    "Jan",
    "Julia",
    "Lucie",
    "Magdalena",
    "Maria",
    "Marie",
    "María",
    "Marta",
    "Martin",
    "Martina",
    "Monika",
    "Olga",
    "Paulina",
    "Peter",
    "Petra",
    "Robert",
    "Roman",
    "Rosa",
    "Sandra",
    "Tatiana",
    "Vladimir",
];

/// Where the person's name starts in `name` (a byte offset), when a word in
/// an oblique case is followed by a listed given name and one or two more
/// words: "Trybunału Bogdan Święczkowski" → "Bogdan Święczkowski".
pub(super) fn person_after_a_genitive(name: &str) -> Option<usize> {
    let words: Vec<&str> = name.split(' ').collect();
    if words.len() < 3 {
        return None;
    }
    let mut offset = 0;
    for i in 0..words.len() - 1 {
        let is_given = GIVEN.contains(&words[i]);
        if i > 0 && is_given {
            let before = words[i - 1];
            let rest = words.len() - i - 1;
            let oblique = before
                .chars()
                .last()
                .is_some_and(|c| "aeiuyěůąęó".contains(c));
            let given_before = GIVEN.contains(&before) || SHARED.contains(&before);
            return (oblique && !given_before && (1..=2).contains(&rest)).then_some(offset);
        }
        offset += words[i].len() + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(name: &str) -> &str {
        person_after_a_genitive(name).map_or(name, |at| &name[at..])
    }

    #[test]
    fn a_body_in_the_genitive_before_a_given_name_is_cut() {
        assert_eq!(cut("Trybunału Bogdan Święczkowski"), "Bogdan Święczkowski");
        assert_eq!(
            cut("Kancelarii Prezydenta Zbigniew Bogucki"),
            "Zbigniew Bogucki"
        );
        assert_eq!(cut("Novog Sada Milan Đurić"), "Milan Đurić");
        assert_eq!(cut("Kremla Dmitrij Pieskow"), "Dmitrij Pieskow");
        assert_eq!(cut("Republike Srpske Nenad Stevandić"), "Nenad Stevandić");
    }

    #[test]
    fn names_of_several_given_names_or_no_oblique_word_stay_whole() {
        for name in [
            "Maria Ana Costa",
            "Rosa Maria Téllez",
            "Jana Maria Novak",
            "Anna Maria Bernini",
            "Jens Peter Hansen",
            "Andrej Babiš",
            "Ivan Anušić",
            "Kancelarii Prezesa Rady Ministrów",
            "Hans Christian Andersen",
            "Carlos Milan Rodríguez",
        ] {
            assert_eq!(cut(name), name);
        }
    }

    /// Whatever the words, a cut keeps a listed given name and one or two
    /// words after it, and starts on a word boundary.
    #[test]
    fn a_cut_starts_at_a_listed_given_name_on_a_word_boundary() {
        let words = [
            "Sada", "Ana", "Milan", "Kremla", "Bogdan", "Nowak", "Horvat", "Rady", "Jan",
        ];
        for a in words {
            for b in words {
                for c in words {
                    for d in ["", " Kowalski"] {
                        let name = format!("{a} {b} {c}{d}");
                        if let Some(at) = person_after_a_genitive(&name) {
                            assert!(at > 0 && name.as_bytes()[at - 1] == b' ', "{name}");
                            let rest: Vec<&str> = name[at..].split(' ').collect();
                            assert!(GIVEN.contains(&rest[0]), "{name}");
                            assert!((2..=3).contains(&rest.len()), "{name}");
                        }
                    }
                }
            }
        }
    }
}
