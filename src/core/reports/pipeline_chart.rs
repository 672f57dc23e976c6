//! The pipeline as a funnel image. Only numbers, currency codes and names in scripts the chart can draw go on
//! it (see `chart::drawable`); any other stage name shows as its number in the message ("#2"), and the words
//! stay in the text, where Telegram shapes every script properly.

use super::period::Period;
use super::pipeline::{Flow, PipelineData};
use super::scope::Scope;
use super::words::money_list;
use crate::chart::{self, Bar, ChartError, Funnel, Tone};

/// Longest label drawn left of a bar, in characters.
const LABEL_CHARS: usize = 18;

pub fn draw(data: &PipelineData, period: &Period, scope: &Scope, lang: &str) -> Result<Vec<u8>, ChartError> {
    chart::render_funnel(&funnel(data, period, scope, lang))
}

pub fn funnel(data: &PipelineData, period: &Period, scope: &Scope, lang: &str) -> Funnel {
    let mut bars: Vec<Bar> = data
        .stages
        .iter()
        .map(|s| Bar {
            label: label(&s.name, &format!("#{}", s.number)),
            value: u64::try_from(s.count).unwrap_or(0),
            caption: caption(s.count, &money_list(&s.sums, lang)),
            tone: Tone::Open,
        })
        .collect();
    bars.push(closed_bar(&data.won, data.won_name.as_deref(), "✓", Tone::Won, lang));
    bars.push(closed_bar(&data.lost, data.lost_name.as_deref(), "✗", Tone::Lost, lang));

    let mut title = format!("{} – {}", period.start.format("%Y-%m-%d"), period.last_day().format("%Y-%m-%d"));
    if let Some(name) = scope.member_name.as_deref().filter(|n| chart::drawable(n)) {
        title = format!("{title} · {}", truncate(name, 24));
    }
    let mut subtitle = Vec::new();
    if !data.forecast.is_empty() {
        subtitle.push(format!("≈ {}", money_list(&data.forecast, lang)));
    }
    if let Some(rate) = data.win_rate() {
        subtitle.push(format!("✓ {rate}%"));
    }
    Funnel { title, subtitle: subtitle.join("  ·  "), bars }
}

fn closed_bar(flow: &Flow, name: Option<&str>, mark: &str, tone: Tone, lang: &str) -> Bar {
    Bar {
        label: label(name.unwrap_or(mark), mark),
        value: u64::try_from(flow.count).unwrap_or(0),
        caption: caption(flow.count, &money_list(&flow.sums, lang)),
        tone,
    }
}

fn caption(count: i64, sums: &str) -> String {
    if count == 0 { "0".to_string() } else { format!("{count} · {sums}") }
}

/// The name when the chart can draw it, else the stand-in the message explains.
fn label(name: &str, stand_in: &str) -> String {
    if chart::drawable(name) { truncate(name, LABEL_CHARS) } else { stand_in.to_string() }
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut cut: String = s.chars().take(max - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use chrono::NaiveDate;

    use super::*;
    use crate::core::reports::period::Unit;
    use crate::core::reports::pipeline::StageLine;

    fn stage(number: usize, name: &str, count: i64) -> StageLine {
        StageLine {
            number,
            name: name.into(),
            count,
            sums: BTreeMap::from([("EUR".to_string(), count * 100_000)]),
            weighted: BTreeMap::new(),
            left: 0,
            forward: 0,
        }
    }

    #[test]
    fn names_the_chart_cannot_draw_become_their_numbers() {
        let data = PipelineData {
            stages: vec![stage(1, "Лид", 2), stage(2, "مذاکره", 1), stage(3, "बातचीत", 0)],
            forecast: BTreeMap::from([("EUR".to_string(), 50_000)]),
            created: Flow::default(),
            won: Flow { count: 1, sums: BTreeMap::from([("EUR".to_string(), 300_000)]) },
            lost: Flow::default(),
            days_to_win: 10.0,
            won_name: Some("موفق".into()),
            lost_name: Some("Lost".into()),
            progress: vec![],
        };
        let period = Period::of(Unit::Month, NaiveDate::from_ymd_opt(2026, 11, 5).unwrap());
        let scope = Scope { owner: Some(1), member_name: Some("Ali رضایی".into()) };
        let f = funnel(&data, &period, &scope, "fa");
        let labels: Vec<&str> = f.bars.iter().map(|b| b.label.as_str()).collect();
        assert_eq!(labels, vec!["Лид", "#2", "#3", "✓", "Lost"]);
        assert_eq!(f.bars[0].caption, "2 · 2,000 EUR");
        assert_eq!(f.bars[2].caption, "0");
        assert_eq!(f.title, "2026-11-01 – 2026-11-30", "an undrawable member name is left out");
        assert_eq!(f.subtitle, "≈ 500 EUR  ·  ✓ 100%");
        assert!(f.bars.iter().all(|b| chart::drawable(&b.label) && chart::drawable(&b.caption)));
    }
}
