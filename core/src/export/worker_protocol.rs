//! The messages between the page and the exporter worker. Each message is a two-part array:
//! a typed header, as JSON, then the bulk that must not go through JSON (the dataset's source
//! on the way in, the file's bytes on the way out), so that it can be transferred without a
//! copy.

use serde::{Deserialize, Serialize};

use super::ExportJob;
use crate::display::Lang;

/// What the page asks: a file, and the language to word a failure in. The dataset's source
/// follows it, as text or as UTF-8 bytes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportRequest {
    /// The file to build.
    pub job: ExportJob,
    /// The interface's language.
    pub lang: Lang,
}

/// What the exporter says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reply", rename_all = "kebab-case")]
pub enum ExportReply {
    /// Started and listening: a request sent before this would be lost.
    Ready,
    /// The file is built; its UTF-8 bytes follow the header.
    Built,
    /// The file could not be built, for this reason, in the request's language.
    Failed {
        /// Why, for the visitor.
        message: String,
    },
}

impl ExportRequest {
    /// The header as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a header; `None` when it is not a request.
    pub fn from_json(text: &str) -> Option<ExportRequest> {
        serde_json::from_str(text).ok()
    }
}

impl ExportReply {
    /// The header as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a header; `None` when it is not a reply.
    pub fn from_json(text: &str) -> Option<ExportReply> {
        serde_json::from_str(text).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_read_back() {
        let request = ExportRequest { job: ExportJob::Csv { ids: vec!["a".into()] }, lang: Lang::En };
        assert_eq!(ExportRequest::from_json(&request.to_json()), Some(request));
        for reply in [ExportReply::Ready, ExportReply::Built, ExportReply::Failed { message: "rien".into() }] {
            assert_eq!(ExportReply::from_json(&reply.to_json()), Some(reply));
        }
        assert_eq!(ExportReply::Ready.to_json(), r#"{"reply":"ready"}"#);
        assert_eq!(ExportRequest::from_json("[true, 1]"), None);
    }
}
