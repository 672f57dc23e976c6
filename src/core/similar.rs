//! "Near-identical" client names: the same words in another order, or a typo or two. Asking before creating
//! such a client costs one tap; a duplicate costs a colleague a cold call to someone already talked to.

use strsim::levenshtein;

/// Words of a folded name, sorted: "petrov ivan" and "ivan petrov" read the same.
fn canonical(folded: &str) -> String {
    let mut words: Vec<&str> = folded.split_whitespace().collect();
    words.sort_unstable();
    words.join(" ")
}

/// Whether two folded names are probably the same person: equal up to word order, or within one edit per
/// ten characters (at least one), for names long enough that a typo is more likely than a different person.
pub fn near_identical(a: &str, b: &str) -> bool {
    let (a, b) = (canonical(a), canonical(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    // "Branch 12" and "Branch 13" are different places, however close the spelling.
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    if digits(&a) != digits(&b) {
        return false;
    }
    let len = a.chars().count().max(b.chars().count());
    len >= 6 && levenshtein(&a, &b) <= 1 + len / 10
}

/// The words worth searching candidates by: long enough to be selective.
pub fn search_words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split_whitespace().filter(|w| w.chars().count() >= 3)
}

#[cfg(test)]
mod tests {
    use super::near_identical;

    #[test]
    fn same_words_in_another_order_or_a_typo_are_near_identical() {
        for (a, b) in [
            ("ivan petrov", "petrov ivan"),
            ("ivan petrov", "ivan petrow"),
            ("ivan petrov", "ivan  petrov"),
            ("nguyen van duc", "nguyen van du"),
            ("алексей смирнов", "алексеи смирнов"),
        ] {
            assert!(near_identical(a, b), "{a} ~ {b}");
        }
    }

    #[test]
    fn different_people_are_not() {
        for (a, b) in [
            ("ivan petrov", "anna petrova"),
            ("ivan", "ivo"),
            ("li", "lu"),
            ("maria lopez", "mario lopez garcia"),
            ("client number01", "client number02"),
            ("", ""),
        ] {
            assert!(!near_identical(a, b), "{a} vs {b}");
        }
    }
}
