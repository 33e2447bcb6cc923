//! One export asked of the exporter module: which file, of which entries. The page sends it
//! with the dataset's source; the exporter reads the source again with the same validator, so
//! it finds exactly the entries the page shows, and builds the file.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::{calendar, dataset_json, deadline_calendar, entries_csv, entries_geojson, FileType};
use crate::display::Lang;
use crate::model::Entry;
use crate::route::Route;
use crate::validate::{load, Diagnostic};

/// A file to build. `ids` are entry ids in the order the file lists them; `root` is the site's
/// address, for links back to each entry's page ([`Route::folder`] after `root`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "format", rename_all = "kebab-case")]
pub enum ExportJob {
    /// A spreadsheet of the entries.
    Csv { ids: Vec<String> },
    /// The dataset's own format, for re-import, without `$schema`.
    Json { ids: Vec<String> },
    /// An iCalendar file of the entries' events, under a calendar name.
    Calendar { ids: Vec<String>, name: String, root: String },
    /// The entries that have coordinates, as GeoJSON points.
    GeoJson { ids: Vec<String>, root: String },
    /// One contribution call's deadline, as an iCalendar event.
    Deadline { id: String, root: String },
    /// The whole source, valid entries only, pretty-printed in the schema's key order, with
    /// its `$schema` kept (the contributor page's download).
    Canonical,
}

impl ExportJob {
    /// The kind of file the job builds.
    pub fn file_type(&self) -> FileType {
        match self {
            ExportJob::Csv { .. } => FileType::Csv,
            ExportJob::Json { .. } | ExportJob::Canonical => FileType::Json,
            ExportJob::Calendar { .. } | ExportJob::Deadline { .. } => FileType::Calendar,
            ExportJob::GeoJson { .. } => FileType::GeoJson,
        }
    }
}

/// Why a file could not be built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportError {
    /// The source is not a dataset at all: its first problem.
    NotADataset(Option<Box<Diagnostic>>),
    /// The entry asked for is not in the source, or has nothing to export (a call without a
    /// deadline).
    NothingToExport,
}

impl ExportError {
    /// Why, in `lang`; a source that is not a dataset is told with its first problem
    /// (`line:column: …`).
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ExportError::NotADataset(first), _) => {
                let why = first.as_ref().map(|d| d.located(lang)).unwrap_or_default();
                match lang {
                    Lang::Fr => format!("le fichier n'est pas un jeu de données : {why}"),
                    Lang::En => format!("the file is not a dataset: {why}"),
                }
            }
            (ExportError::NothingToExport, Lang::Fr) => "rien à exporter".into(),
            (ExportError::NothingToExport, Lang::En) => "nothing to export".into(),
        }
    }
}

/// In French; see [`ExportError::message`].
impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::Fr))
    }
}

/// Builds the file `job` asks for from the dataset text `source`.
pub fn run_export(job: &ExportJob, source: &str) -> Result<String, ExportError> {
    let loaded = load(source);
    let Some(dataset) = loaded.dataset else {
        return Err(ExportError::NotADataset(loaded.diagnostics.into_iter().next().map(Box::new)));
    };
    let by_id: HashMap<&str, &Entry> = dataset.entries.iter().map(|e| (e.id.as_str(), e)).collect();
    let pick =
        |ids: &[String]| -> Vec<&Entry> { ids.iter().filter_map(|id| by_id.get(id.as_str()).copied()).collect() };
    let page = |root: &str| {
        let root = root.to_string();
        move |id: &str| format!("{root}{}", Route::Entry(id.to_string()).folder())
    };
    match job {
        ExportJob::Csv { ids } => Ok(entries_csv(&pick(ids))),
        ExportJob::Json { ids } => Ok(dataset_json(&pick(ids), None, &dataset.version, &dataset.updated)),
        ExportJob::Calendar { ids, name, root } => Ok(calendar(&pick(ids), name, &dataset.updated, &page(root))),
        ExportJob::GeoJson { ids, root } => Ok(entries_geojson(&pick(ids), &page(root))),
        ExportJob::Deadline { id, root } => {
            let entry = by_id.get(id.as_str()).ok_or(ExportError::NothingToExport)?;
            deadline_calendar(entry, &dataset.updated, &page(root)(id)).ok_or(ExportError::NothingToExport)
        }
        ExportJob::Canonical => {
            let all: Vec<&Entry> = dataset.entries.iter().collect();
            Ok(dataset_json(&all, dataset.schema.as_deref(), &dataset.version, &dataset.updated))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = include_str!("../../../public/data/commons.json");

    fn ids(entries: &[&str]) -> Vec<String> {
        entries.iter().map(|s| s.to_string()).collect()
    }

    fn shipped() -> crate::model::Dataset {
        load(SOURCE).dataset.unwrap()
    }

    /// The shipped source with its first `from` replaced by `to`, and the dataset read from it.
    /// Fails if the shipped data no longer holds `from`, rather than testing it unedited.
    fn edited(from: &str, to: &str) -> (String, crate::model::Dataset) {
        assert!(SOURCE.contains(from), "the shipped data no longer holds {from}");
        let source = SOURCE.replacen(from, to, 1);
        let dataset = load(&source).dataset.unwrap();
        (source, dataset)
    }

    #[test]
    fn a_job_builds_the_same_file_as_the_export_on_the_page_entries() {
        // The shipped data places two entries (Lille, the Assemblée nationale): GeoJSON has points.
        let (source, dataset) = (SOURCE.to_string(), shipped());
        // Every entry, in reverse file order: events, places and all.
        let chosen: Vec<&Entry> = dataset.entries.iter().rev().collect();
        let chosen_ids: Vec<String> = chosen.iter().map(|e| e.id.clone()).collect();
        let root = "https://exemple.fr/communs/";
        let page = |id: &str| format!("{root}entry/{id}/");
        let csv = run_export(&ExportJob::Csv { ids: chosen_ids.clone() }, &source).unwrap();
        assert_eq!(csv, entries_csv(&chosen));
        assert_eq!(csv.trim_end().split("\r\n").count(), chosen.len() + 1);
        assert_eq!(
            run_export(&ExportJob::Json { ids: chosen_ids.clone() }, &source).unwrap(),
            dataset_json(&chosen, None, &dataset.version, &dataset.updated)
        );
        let ics = run_export(
            &ExportJob::Calendar { ids: chosen_ids.clone(), name: "Agenda".into(), root: root.into() },
            &source,
        )
        .unwrap();
        assert_eq!(ics, calendar(&chosen, "Agenda", &dataset.updated, &page));
        assert!(ics.contains("BEGIN:VEVENT") && ics.contains("https://exemple.fr/communs/entry/"), "{ics}");
        let geo = run_export(&ExportJob::GeoJson { ids: chosen_ids, root: root.into() }, &source).unwrap();
        assert_eq!(geo, entries_geojson(&chosen, &page));
        assert_eq!(geo.matches("\"Point\"").count(), 2, "{geo}");
    }

    #[test]
    fn entries_come_in_the_order_asked_and_unknown_ids_are_left_out() {
        let dataset = shipped();
        let (a, b) = (dataset.entries[0].id.clone(), dataset.entries[1].id.clone());
        let csv = run_export(&ExportJob::Csv { ids: vec![b.clone(), "inconnue".into(), a.clone()] }, SOURCE).unwrap();
        let (at_a, at_b) = (csv.find(&format!("\r\n{a},")).unwrap(), csv.find(&format!("\r\n{b},")).unwrap());
        assert!(at_b < at_a, "{csv}");
        assert!(!csv.contains("inconnue"));
    }

    #[test]
    fn a_deadline_needs_a_call_with_a_closing_date() {
        let audience = "\"audience\": \"Toute personne intéressée par les communs numériques.\",";
        let (source, dataset) = edited(audience, &format!("{audience} \"closes\": \"2027-03-31\","));
        let call = dataset.entries.iter().find(|e| e.call.as_ref().is_some_and(|c| c.closes.is_some())).unwrap();
        let other = dataset.entries.iter().find(|e| e.call.is_none()).unwrap();
        let root = "https://communs.example.org/";
        let ics = run_export(&ExportJob::Deadline { id: call.id.clone(), root: root.into() }, &source).unwrap();
        assert!(ics.starts_with("BEGIN:VCALENDAR"), "{ics}");
        assert!(ics.contains("20270331"), "{ics}");
        assert!(ics.contains(&format!("URL:https://communs.example.org/entry/{}/", call.id)), "{ics}");
        assert_eq!(
            run_export(&ExportJob::Deadline { id: other.id.clone(), root: root.into() }, &source),
            Err(ExportError::NothingToExport)
        );
    }

    #[test]
    fn canonical_keeps_the_schema_and_only_valid_entries() {
        let broken = SOURCE.replacen("\"kind\": \"event\"", "\"kind\": \"évènement\"", 1);
        let text = run_export(&ExportJob::Canonical, &broken).unwrap();
        let again = load(&text);
        assert!(again.diagnostics.iter().all(|d| d.severity != crate::validate::Severity::Error), "{text}");
        let valid = load(&broken).dataset.unwrap().entries.len();
        assert!(valid < shipped().entries.len());
        assert_eq!(again.dataset.unwrap().entries.len(), valid);
        assert!(text.contains("\"$schema\""));
    }

    #[test]
    fn a_source_that_is_not_a_dataset_says_where() {
        match run_export(&ExportJob::Csv { ids: vec![] }, "[1, 2") {
            Err(error @ ExportError::NotADataset(_)) => {
                let why = error.to_string();
                assert!(
                    why.starts_with("le fichier n'est pas un jeu de données : 1:") && why.contains("erreur"),
                    "{why}"
                );
                let english = error.message(Lang::En);
                assert!(english.starts_with("the file is not a dataset: 1:") && english.contains("error"), "{english}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn jobs_travel_as_json() {
        let job = ExportJob::Calendar { ids: ids(&["a", "b"]), name: "Agenda".into(), root: "/".into() };
        let text = serde_json::to_string(&job).unwrap();
        assert!(text.contains("\"format\":\"calendar\""), "{text}");
        assert_eq!(serde_json::from_str::<ExportJob>(&text).unwrap(), job);
    }
}
