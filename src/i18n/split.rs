//! Telegram refuses messages over 4,096 characters: long replies go out in several, cut at line breaks
//! where possible so a card or a list is never broken mid-line.

/// Split `text` into chunks of at most `max` characters (chars, not bytes), preferring line breaks, then
/// spaces, and only as a last resort cutting inside a word.
pub fn split_message(text: &str, max: usize) -> Vec<String> {
    let mut chunks = Vec::new();
    let mut rest = text;
    while rest.chars().count() > max {
        let cut_byte = rest.char_indices().nth(max).map(|(i, _)| i).unwrap_or(rest.len());
        let window = &rest[..cut_byte];
        let cut = window.rfind('\n').or_else(|| window.rfind(' ')).filter(|&i| i > 0).unwrap_or(cut_byte);
        chunks.push(rest[..cut].trim_end().to_string());
        rest = rest[cut..].trim_start_matches(['\n', ' ']);
    }
    if !rest.is_empty() || chunks.is_empty() {
        chunks.push(rest.to_string());
    }
    chunks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_one_chunk() {
        assert_eq!(split_message("hello", 10), vec!["hello"]);
    }

    #[test]
    fn long_text_splits_at_line_breaks_and_keeps_everything() {
        let line = "абвгд ".repeat(30);
        let text = vec![line.trim_end(); 50].join("\n");
        let chunks = split_message(&text, 4096);
        assert!(chunks.len() > 1);
        assert!(chunks.iter().all(|c| c.chars().count() <= 4096));
        assert_eq!(chunks.join("\n"), text);
    }

    #[test]
    fn a_word_longer_than_the_limit_is_cut() {
        let text = "x".repeat(10_000);
        let chunks = split_message(&text, 4096);
        assert_eq!(chunks.len(), 3);
        assert_eq!(chunks.concat(), text);
    }
}
