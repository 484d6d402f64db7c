//! Names two states' actors share: "SNS" is Serbia's Progressive Party and
//! Slovakia's National Party, "SPD" Germany's Social Democrats and the Czech
//! Freedom and Direct Democracy, "Venstre" a Danish and a Norwegian party.
//!
//! The lexicon gives the bare name to one of them (no alias belongs to two
//! actors) and the other lists it with its country, as a body is named with
//! its owner: "SNS of Slovakia", "SPD of the Czech Republic" (see
//! [`super::home::qualified`]). The bare name is then bound to a home: like a
//! generic institution's name, it is the actor of the state its sentence or
//! the article is about when the lexicon knows that state's actor of that
//! name, and the bare name's holder otherwise.

use super::home::{is_generic_body, qualified};
use super::lexicon::Actor;
use crate::text::to_lowercase;
use rustc_hash::{FxHashMap, FxHashSet};

/// The bare names whose holder another state's actor shares them with.
#[derive(Debug, Default)]
pub struct SharedAliases {
    /// (holder, lower-cased bare name).
    names: FxHashSet<(u32, String)>,
    /// The holders, to answer most questions without lower-casing.
    holders: FxHashSet<u32>,
}

impl SharedAliases {
    /// Every bare name that an actor with a country holds (as name or alias)
    /// while an actor of another country lists it with its own country.
    /// The names written with a country are few (tens of the lexicon's
    /// thousands), so they are gathered first, and each other name is
    /// looked up among them: no map of every name is built.
    pub fn new(actors: &[Actor]) -> SharedAliases {
        // Bare names in lower case, with the countries that list them.
        let mut listed_with: FxHashMap<String, Vec<&str>> = FxHashMap::default();
        for actor in actors {
            let Some(country) = actor.country.as_deref() else {
                continue;
            };
            // The suffix `qualified` puts after any bare name.
            let suffix = qualified("", country);
            for name in names_of(actor) {
                // A generic institution's name ("Congress of Peru") is
                // already read by its owner (see `home`).
                let Some(bare) = name
                    .strip_suffix(&suffix)
                    .filter(|b| !b.is_empty() && !is_generic_body(b))
                else {
                    continue;
                };
                listed_with
                    .entry(to_lowercase(bare))
                    .or_default()
                    .push(country);
            }
        }
        // A name in lower case begins with its first letter in lower case
        // (a capital sigma becomes final only after a letter): a name that
        // begins otherwise than every bare name is not lower-cased whole.
        let first_letters: FxHashSet<char> = listed_with
            .keys()
            .filter_map(|b| b.chars().next())
            .collect();
        let mut shared = SharedAliases::default();
        for (holder, actor) in actors.iter().enumerate() {
            let Some(own) = actor.country.as_deref() else {
                continue;
            };
            for name in names_of(actor) {
                let first = name.chars().next().and_then(|c| c.to_lowercase().next());
                if !first.is_some_and(|c| first_letters.contains(&c)) {
                    continue;
                }
                let lower = to_lowercase(name);
                let by_others = listed_with
                    .get(&lower)
                    .is_some_and(|countries| countries.iter().any(|&c| c != own));
                if by_others {
                    shared.holders.insert(holder as u32);
                    shared.names.insert((holder as u32, lower));
                }
            }
        }
        shared
    }

    /// True when `actor`, found as `written`, holds a name another state's
    /// actor shares: whose it is depends on the state the text is about.
    pub fn holds(&self, actor: u32, written: &str) -> bool {
        self.holders.contains(&actor) && self.names.contains(&(actor, to_lowercase(written)))
    }
}

/// An actor's name and aliases.
fn names_of(actor: &Actor) -> impl Iterator<Item = &String> {
    std::iter::once(&actor.name).chain(&actor.aliases)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lexicon::Lexicon;

    fn lexicon(toml: &str) -> Lexicon {
        Lexicon::from_sources(&[("test".into(), toml.into())]).expect("valid lexicon")
    }

    const PARTIES: &str = r#"
[[actor]]
name = "Serbian Progressive Party"
kind = "organisation"
aliases = ["SNS"]
country = "Serbia"

[[actor]]
name = "Slovak National Party"
kind = "organisation"
aliases = ["SNS of Slovakia"]
country = "Slovakia"

[[actor]]
name = "SPD"
kind = "organisation"
aliases = []
country = "Germany"

[[actor]]
name = "Freedom and Direct Democracy"
kind = "organisation"
aliases = ["SPD of the Czech Republic"]
country = "Czech Republic"

[[actor]]
name = "Social Democratic Party of Germany"
kind = "organisation"
aliases = ["SDP of Germany"]
country = "Germany"
"#;

    #[test]
    fn a_name_listed_with_another_country_is_shared() {
        let lexicon = lexicon(PARTIES);
        let shared = SharedAliases::new(&lexicon.actors);
        let index = |name: &str| lexicon.actors.iter().position(|a| a.name == name).unwrap() as u32;
        assert!(shared.holds(index("Serbian Progressive Party"), "SNS"));
        assert!(shared.holds(index("Serbian Progressive Party"), "sns"));
        assert!(shared.holds(index("SPD"), "SPD"));
        // The other party's own names are not bound; nor is a name listed
        // with the holder's own country.
        assert!(!shared.holds(index("Slovak National Party"), "SNS"));
        assert!(!shared.holds(
            index("Serbian Progressive Party"),
            "Serbian Progressive Party"
        ));
        assert!(!shared.holds(index("SPD"), "SDP"));
    }

    /// The whole extraction: the bare name goes to the actor of the state
    /// the article is about, and stays its holder's elsewhere.
    #[test]
    fn a_shared_name_is_read_by_the_state_the_article_is_about() {
        let states = r#"
[[actor]]
name = "Germany"
kind = "state"
aliases = ["Berlin"]

[[actor]]
name = "Czech Republic"
kind = "state"
aliases = ["Česko", "Praha"]
"#;
        let extractor = crate::extract::Extractor::new(lexicon(&format!("{PARTIES}{states}")));
        let names = |body: &str| -> Vec<String> {
            let article = crate::article::Article {
                title: "T".into(),
                body: body.into(),
                ..Default::default()
            };
            let mut names: Vec<String> = extractor
                .extract(&article)
                .actors
                .into_iter()
                .map(|a| a.name)
                .collect();
            names.sort();
            names
        };
        assert_eq!(
            names("Česko volilo. Česko má novou vládu a Česko čeká. SPD chce referendum."),
            ["Czech Republic", "Freedom and Direct Democracy"]
        );
        assert_eq!(
            names("Germany voted. Germany's SPD lost and Germany waits. The SPD will decide."),
            ["Germany", "SPD"]
        );
        assert_eq!(names("The SPD will decide."), ["SPD"]);
        // A state the sentence names before the name outweighs the article's.
        assert_eq!(
            names("Germany voted. Germany waits. Germany again. In Česko the SPD gained."),
            ["Czech Republic", "Freedom and Direct Democracy", "Germany"]
        );
    }

    /// The default lexicon's parties of Norway, Denmark, Slovakia, Hungary,
    /// Latvia and Mexico, and the name two of them share.
    #[test]
    fn the_default_lexicons_new_parties_are_found_and_placed() {
        let extractor = crate::extract::Extractor::new(Lexicon::load(None).expect("default"));
        let names = |body: &str| -> Vec<String> {
            let article = crate::article::Article {
                title: "T".into(),
                body: body.into(),
                ..Default::default()
            };
            extractor
                .extract(&article)
                .actors
                .into_iter()
                .map(|a| a.name)
                .collect()
        };
        let norway = names(
            "Norge har fått en ny regjering. Norge og Stortinget. I Norge sier Venstre nei, \
             og Senterpartiet og Fremskrittspartiet er enige.",
        );
        assert!(
            norway.contains(&"Liberal Party (Norway)".to_owned()),
            "{norway:?}"
        );
        assert!(
            norway.contains(&"Centre Party (Norway)".to_owned()),
            "{norway:?}"
        );
        assert!(
            norway.contains(&"Progress Party (Norway)".to_owned()),
            "{norway:?}"
        );
        let denmark = names("Danmark stemmer. Danmark og Danmark. Venstre og Enhedslisten.");
        assert!(denmark.contains(&"Venstre".to_owned()), "{denmark:?}");
        assert!(
            denmark.contains(&"Red–Green Alliance (Denmark)".to_owned()),
            "{denmark:?}"
        );
        let slovakia = names(
            "Slovensko volí. Na Slovensku a Slovensko. SNS a Progresívne Slovensko sa hádajú.",
        );
        assert!(
            slovakia.contains(&"Slovak National Party".to_owned()),
            "{slovakia:?}"
        );
        assert!(
            slovakia.contains(&"Progressive Slovakia".to_owned()),
            "{slovakia:?}"
        );
        let hungary = names("A KDNP és a Mi Hazánk szavazott, a Tisza Párt nem.");
        for party in [
            "Christian Democratic People's Party (Hungary)",
            "Our Homeland Movement",
            "Tisza Party",
        ] {
            assert!(hungary.contains(&party.to_owned()), "{party}: {hungary:?}");
        }
    }

    /// Reference: a bare name is shared exactly when an actor of another
    /// country writes it with that country, found by a plain search over
    /// every pair of actors.
    #[test]
    fn shared_names_agree_with_a_plain_search() {
        let lexicon = Lexicon::load(None).expect("default lexicon");
        let actors = &lexicon.actors;
        let shared = SharedAliases::new(actors);
        let names = |a: &Actor| -> Vec<String> {
            std::iter::once(&a.name)
                .chain(&a.aliases)
                .map(|n| to_lowercase(n))
                .collect()
        };
        let all: Vec<Vec<String>> = actors.iter().map(names).collect();
        for (i, holder) in actors.iter().enumerate() {
            let Some(own) = holder.country.as_deref() else {
                continue;
            };
            for name in std::iter::once(&holder.name).chain(&holder.aliases) {
                let expected = !is_generic_body(name)
                    && actors.iter().zip(&all).any(|(other, theirs)| {
                        other.country.as_deref().is_some_and(|c| {
                            c != own && theirs.contains(&to_lowercase(&qualified(name, c)))
                        })
                    });
                assert_eq!(
                    shared.holds(i as u32, name),
                    expected,
                    "{name} ({})",
                    holder.name
                );
            }
        }
        // The default lexicon's shared names include the parties above.
        let index = |name: &str| actors.iter().position(|a| a.name == name).unwrap() as u32;
        assert!(shared.holds(index("Serbian Progressive Party"), "SNS"));
        assert!(shared.holds(index("SPD"), "SPD"));
        assert!(shared.holds(index("Venstre"), "Venstre"));
    }
}
