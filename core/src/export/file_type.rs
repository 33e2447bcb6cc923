//! What kind of file an export is: its MIME type and extension, in one place.

/// A kind of file the site builds or offers for download.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileType {
    /// A spreadsheet (RFC 4180).
    Csv,
    /// The dataset's own JSON format.
    Json,
    /// An iCalendar file (RFC 5545).
    Calendar,
    /// GeoJSON points (RFC 7946).
    GeoJson,
}

impl FileType {
    /// The MIME type, with its charset, for a download or a `Content-Type` header.
    pub fn mime(self) -> &'static str {
        match self {
            FileType::Csv => "text/csv;charset=utf-8",
            FileType::Json => "application/json;charset=utf-8",
            FileType::Calendar => "text/calendar;charset=utf-8",
            FileType::GeoJson => "application/geo+json;charset=utf-8",
        }
    }

    /// The file name's extension, without its dot.
    pub fn extension(self) -> &'static str {
        match self {
            FileType::Csv => "csv",
            FileType::Json => "json",
            FileType::Calendar => "ics",
            FileType::GeoJson => "geojson",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_has_a_charset_and_a_bare_extension() {
        for file_type in [FileType::Csv, FileType::Json, FileType::Calendar, FileType::GeoJson] {
            assert!(file_type.mime().ends_with(";charset=utf-8"), "{file_type:?}");
            assert!(!file_type.extension().contains('.'), "{file_type:?}");
        }
    }
}
