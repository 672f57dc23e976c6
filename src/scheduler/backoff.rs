//! How long to wait before trying a failed send again: quick at first (a network blip), then backing off.

use chrono::Duration;

/// The delay before attempt `attempt + 1`, after `attempt` failures (1-based): 15 s, 1 min, 5 min, 15 min, 1 h.
pub fn retry_delay(attempt: i32) -> Duration {
    match attempt {
        i32::MIN..=1 => Duration::seconds(15),
        2 => Duration::minutes(1),
        3 => Duration::minutes(5),
        4 => Duration::minutes(15),
        _ => Duration::hours(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_and_stay_bounded() {
        let delays: Vec<_> = (1..=8).map(retry_delay).collect();
        assert!(delays.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(delays[0], Duration::seconds(15));
        assert_eq!(*delays.last().unwrap(), Duration::hours(1));
    }
}
