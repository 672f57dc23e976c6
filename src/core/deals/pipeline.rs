//! A team's pipeline: its stages in order, and their names in each language. Stage names are team data (the
//! owner renames them), so they live in the database; a new team starts from the defaults below, written in all
//! seven languages.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::core::Engine;
use crate::core::context::Fail;
use crate::parse::fold::fold;
use crate::store::{NewStage, Stage, StageName};

/// Whether a deal in a stage is still being worked, or closed one way or the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StageKind {
    Open,
    Won,
    Lost,
}

impl StageKind {
    pub fn of(stage: &Stage) -> StageKind {
        match stage.kind.as_str() {
            "won" => StageKind::Won,
            "lost" => StageKind::Lost,
            _ => StageKind::Open,
        }
    }
}

/// The default pipeline: kind, probability, and the name in en, ru, es, hi, vi, fa, ta.
const DEFAULTS: [(&str, i32, [&str; 7]); 6] = [
    ("open", 10, ["Lead", "Лид", "Prospecto", "लीड", "Tiềm năng", "سرنخ", "புதிய வாய்ப்பு"]),
    ("open", 25, ["Qualified", "Квалификация", "Calificado", "योग्य", "Đủ điều kiện", "واجد شرایط", "தகுதியானது"]),
    ("open", 50, ["Proposal", "Предложение", "Propuesta", "प्रस्ताव", "Báo giá", "پیشنهاد", "முன்மொழிவு"]),
    ("open", 75, ["Negotiation", "Переговоры", "Negociación", "मोलभाव", "Đàm phán", "مذاکره", "பேச்சுவார்த்தை"]),
    ("won", 100, ["Won", "Выиграна", "Ganado", "जीत", "Thành công", "موفق", "வெற்றி"]),
    ("lost", 0, ["Lost", "Проиграна", "Perdido", "हार", "Thất bại", "ناموفق", "இழப்பு"]),
];

/// The default stages, named in every language we speak.
pub fn default_stages() -> Vec<NewStage> {
    DEFAULTS
        .iter()
        .map(|(kind, probability, names)| NewStage {
            kind: kind.to_string(),
            probability: *probability,
            names: crate::i18n::LANGS
                .iter()
                .zip(names)
                .map(|(lang, name)| (lang.to_string(), name.to_string(), fold(name)))
                .collect(),
        })
        .collect()
}

pub struct Pipeline {
    /// By position; hidden ones too.
    pub stages: Vec<Stage>,
    /// stage id → (lang → name).
    names: HashMap<i64, HashMap<String, String>>,
}

impl Pipeline {
    /// The team's pipeline, created from the defaults on first use.
    pub async fn load(engine: &Engine, workspace_id: i64, now: DateTime<Utc>) -> Result<Pipeline, Fail> {
        let stages = engine.store.ensure_stages(workspace_id, &default_stages(), now).await?;
        let names = engine.store.stage_names(workspace_id).await?;
        Ok(Pipeline::new(stages, names))
    }

    pub fn new(stages: Vec<Stage>, names: Vec<StageName>) -> Pipeline {
        let mut by_stage: HashMap<i64, HashMap<String, String>> = HashMap::new();
        for n in names {
            by_stage.entry(n.stage_id).or_default().insert(n.lang, n.name);
        }
        Pipeline { stages, names: by_stage }
    }

    pub fn stage(&self, id: i64) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }

    /// The stages members can move deals to.
    pub fn visible(&self) -> impl Iterator<Item = &Stage> {
        self.stages.iter().filter(|s| !s.hidden)
    }

    /// Where a new deal starts: the first visible open stage.
    pub fn first_open(&self) -> Option<&Stage> {
        self.visible().find(|s| StageKind::of(s) == StageKind::Open)
    }

    /// The stage's name in `lang`; a stage added in another language shows its English name, else any it has.
    pub fn name(&self, stage_id: i64, lang: &str) -> String {
        let Some(names) = self.names.get(&stage_id) else { return format!("#{stage_id}") };
        names
            .get(lang)
            .or_else(|| names.get(crate::i18n::FALLBACK))
            .or_else(|| names.values().min())
            .cloned()
            .unwrap_or_else(|| format!("#{stage_id}"))
    }

    /// The name with a mark of its kind, for buttons: "🏆 Won", "❌ Lost".
    pub fn label(&self, stage: &Stage, lang: &str) -> String {
        let name = self.name(stage.id, lang);
        match StageKind::of(stage) {
            StageKind::Open => name,
            StageKind::Won => format!("🏆 {name}"),
            StageKind::Lost => format!("❌ {name}"),
        }
    }
}
