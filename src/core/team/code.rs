//! Invite codes: random and unguessable, in the alphabet a Telegram deep link allows (`A-Za-z0-9_-`).

use rand::RngCore;

/// 18 random bytes = 144 bits, which base64url writes as exactly 24 characters (no padding).
const CODE_BYTES: usize = 18;
/// Telegram's limit for a `start` parameter.
const MAX_CODE_CHARS: usize = 64;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// A fresh code from the operating system's CSPRNG-seeded generator.
pub fn new_code() -> String {
    let mut bytes = [0u8; CODE_BYTES];
    rand::rng().fill_bytes(&mut bytes);
    base64url(&bytes)
}

/// base64url without padding (RFC 4648 §5).
fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// Whether the text could be a code at all; anything else is not looked up.
pub fn looks_like_code(s: &str) -> bool {
    !s.is_empty() && s.len() <= MAX_CODE_CHARS && s.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_24_link_safe_characters_and_differ() {
        let a = new_code();
        let b = new_code();
        assert_eq!(a.len(), 24);
        assert!(looks_like_code(&a), "{a}");
        assert_ne!(a, b);
    }

    #[test]
    fn base64url_matches_the_rfc_vectors() {
        assert_eq!(base64url(b"f"), "Zg");
        assert_eq!(base64url(b"fo"), "Zm8");
        assert_eq!(base64url(b"foo"), "Zm9v");
        assert_eq!(base64url(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn only_link_alphabet_codes_are_looked_up() {
        assert!(!looks_like_code(""));
        assert!(!looks_like_code("abc def"));
        assert!(!looks_like_code("abc/def"));
        assert!(!looks_like_code(&"a".repeat(65)));
        assert!(looks_like_code("Abc-_09"));
    }
}

/// Property tests of the deep-link codes (team invites and customers' opt-in links are made the same way).
#[cfg(test)]
mod props {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn every_code_made_is_a_code_and_fits_a_deep_link(_n in 0..1u8) {
            let code = new_code();
            prop_assert_eq!(code.len(), 24);
            prop_assert!(looks_like_code(&code), "{}", code);
        }

        #[test]
        fn base64url_writes_every_byte_string_in_the_link_alphabet(bytes in prop::collection::vec(any::<u8>(), 0..48)) {
            let text = base64url(&bytes);
            prop_assert_eq!(text.len(), (bytes.len() * 4).div_ceil(3));
            prop_assert!(text.bytes().all(|c| ALPHABET.contains(&c)));
        }

        #[test]
        fn only_link_safe_text_up_to_64_bytes_looks_like_a_code(text in prop_oneof![any::<String>(), "[A-Za-z0-9_-]{0,70}"]) {
            let safe = text.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_');
            prop_assert_eq!(looks_like_code(&text), safe && !text.is_empty() && text.len() <= 64);
        }
    }
}
