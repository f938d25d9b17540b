//! Reading a CSV file row by row into parsed changes, without ever holding the whole file.
//!
//! Files arrive from Excel (`;` and a BOM in Russian locales), Google Sheets, other CRMs and
//! our own export, so the reader accepts UTF-8 with or without a BOM, finds the delimiter
//! (`,` `;` or tab) from the header line, and takes quoted cells across lines. Every row is
//! checked with the same rules as the API (`Changes::parse`, `Record::check`), and problems
//! are reported at the physical line where the row starts, as a text editor numbers it.

use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Chain, Cursor, Read};

use relata_domain::custom_field::CustomFieldDef;
use relata_domain::record::Mode;
use relata_domain::schema::{FieldKind, ParseContext, fields};
use relata_domain::{Changes, FieldError, ObjectKind, Record, timestamp};
use serde_json::{Map, Value as Json};
use time::OffsetDateTime;

use crate::TransferError;
use crate::cell;
use crate::mapping::{Mapping, MappingError, Target, guess_mapping, is_surname_first};

/// The header line is searched for the delimiter within this many bytes; a longer first
/// line is not a header anyone wrote.
const MAX_SNIFF: u64 = 64 * 1024;
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Names resolved to ids at import time, as they appear in the row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Links {
    /// A company name or domain (people, deals).
    pub company: Option<String>,
    pub pipeline: Option<String>,
    pub stage: Option<String>,
}

/// A row that passed every check: ready to become a `BatchItem` once its links resolve.
#[derive(Debug, Clone, PartialEq)]
pub struct RowData {
    pub changes: Changes,
    pub links: Links,
}

/// One data row of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The physical line where the row starts; the header is line 1 (unless blank lines
    /// come first).
    pub line: u64,
    /// The row's non-empty cells by target name, as written: what an import wizard shows.
    pub cells: Map<String, Json>,
    pub outcome: Result<RowData, Vec<FieldError>>,
}

/// Streams rows from a CSV file. Iterating yields each data row, parsed; reading stops at
/// the first I/O error, which is yielded as an error.
pub struct RowReader<'a, R: Read> {
    csv: csv::Reader<Source<R>>,
    kind: ObjectKind,
    headers: Vec<String>,
    header_line: u64,
    delimiter: u8,
    mapping: Mapping,
    /// One entry per column; `None` for skipped columns.
    plan: Vec<Option<Slot>>,
    customs: &'a [CustomFieldDef],
    ctx: &'a ParseContext,
    now: OffsetDateTime,
    record: csv::ByteRecord,
    done: bool,
}

/// The file as the CSV parser reads it: the sniffed header line, then the rest, counted.
type Source<R> = Tracked<Chain<Cursor<Vec<u8>>, BufReader<R>>>;

/// What to do with one column's cells, worked out once per file rather than per cell.
struct Slot {
    target: Target,
    /// The field's kind, for spreadsheet-style values (`1 200,50`); `None` for pseudo-fields.
    kind: Option<FieldKind>,
    surname_first: bool,
}

impl<'a, R: Read> RowReader<'a, R> {
    /// Reads the header line and guesses the mapping. Fails on an empty file or a header
    /// that is not UTF-8 text.
    pub fn open(
        input: R,
        kind: ObjectKind,
        customs: &'a [CustomFieldDef],
        ctx: &'a ParseContext,
    ) -> Result<Self, TransferError> {
        let mut buffered = BufReader::new(input);
        // The bytes up to and including the header line (blank lines before it too), read
        // ahead to find the delimiter and then handed to the parser before the rest.
        let mut head = Vec::new();
        let mut line_start = 0;
        loop {
            let room = MAX_SNIFF.saturating_sub(head.len() as u64);
            let read = (&mut buffered).take(room).read_until(b'\n', &mut head)?;
            if line_start == 0 && head.starts_with(BOM) {
                head.drain(..BOM.len());
            }
            let line = head.get(line_start..).unwrap_or_default();
            if read == 0 || room == 0 || line.iter().any(|b| !matches!(b, b'\r' | b'\n')) {
                break;
            }
            line_start = head.len();
        }
        let delimiter = sniff_delimiter(head.get(line_start..).unwrap_or_default());
        let stream = Tracked::new(Cursor::new(head).chain(buffered));
        let mut csv = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(stream);
        let mut record = csv::ByteRecord::new();
        let start = csv.position().byte();
        if !csv.read_byte_record(&mut record)? {
            return Err(TransferError::Empty);
        }
        let header_line = csv.get_mut().line_at(start);
        let end = csv.position().byte();
        csv.get_mut().advance(end);
        let headers = record
            .iter()
            .map(|h| {
                std::str::from_utf8(h)
                    .map(|h| h.trim().to_owned())
                    .map_err(|_| TransferError::NotUtf8 { line: header_line })
            })
            .collect::<Result<Vec<String>, _>>()?;
        let mapping = guess_mapping(&headers, kind, customs);
        let mut reader = RowReader {
            csv,
            kind,
            headers,
            header_line,
            delimiter,
            plan: Vec::new(),
            mapping,
            customs,
            ctx,
            now: timestamp::now(),
            record,
            done: false,
        };
        reader.plan = reader.make_plan();
        Ok(reader)
    }

    /// Applies explicit column choices (see [`Mapping::with_overrides`]).
    pub fn apply_overrides<H: AsRef<str>, F: AsRef<str>>(
        &mut self,
        overrides: &[(H, F)],
    ) -> Result<(), MappingError> {
        self.mapping = self.mapping.clone().with_overrides(overrides)?;
        self.plan = self.make_plan();
        Ok(())
    }

    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    pub fn header_line(&self) -> u64 {
        self.header_line
    }

    pub fn delimiter(&self) -> char {
        char::from(self.delimiter)
    }

    pub fn mapping(&self) -> &Mapping {
        &self.mapping
    }

    fn make_plan(&self) -> Vec<Option<Slot>> {
        self.mapping
            .columns()
            .iter()
            .map(|column| {
                let target = column.target.clone()?;
                let kind = match &target {
                    Target::Field(name) => fields(self.kind)
                        .iter()
                        .find(|f| f.name == *name)
                        .map(|f| f.kind.clone()),
                    Target::Custom(key) => self
                        .customs
                        .iter()
                        .find(|d| &d.key == key)
                        .map(CustomFieldDef::field_kind),
                    Target::Company | Target::FullName | Target::Pipeline | Target::Stage => None,
                };
                Some(Slot {
                    target,
                    kind,
                    surname_first: is_surname_first(&column.header),
                })
            })
            .collect()
    }

    /// Builds the row's JSON input from its cells and runs the API's checks on it.
    fn parse_row(&self) -> (Map<String, Json>, Result<RowData, Vec<FieldError>>) {
        let mut errors = Vec::new();
        let mut cells = Map::new();
        let mut input = Map::new();
        let mut custom = Map::new();
        let mut links = Links::default();
        let mut full_name: Option<(String, bool)> = None;
        let extra = self.record.iter().skip(self.headers.len());
        if extra.clone().any(|c| !c.trim_ascii().is_empty()) {
            errors.push(FieldError::new(
                "",
                format!(
                    "has {} cells but the header names {} columns; does a value with a '{}' lack its quotes?",
                    self.record.len(),
                    self.headers.len(),
                    self.delimiter().escape_default()
                ),
            ));
        }
        for (slot, raw) in self.plan.iter().zip(self.record.iter()) {
            let Some(slot) = slot else {
                continue;
            };
            let name = slot.target.name();
            let Ok(text) = std::str::from_utf8(raw) else {
                errors.push(FieldError::new(
                    name,
                    "is not UTF-8 text; save the file as \"CSV UTF-8\"",
                ));
                continue;
            };
            let text = cell::unguard(text.trim()).trim();
            if text.is_empty() {
                continue;
            }
            cells.insert(name.clone(), Json::String(text.to_owned()));
            let value = match &slot.kind {
                Some(kind) => cell::normalize(kind, text),
                None => text.to_owned(),
            };
            match &slot.target {
                Target::Field(field) => {
                    input.insert((*field).to_owned(), Json::String(value));
                }
                Target::Custom(key) => {
                    custom.insert(key.clone(), Json::String(value));
                }
                Target::Company => links.company = Some(value),
                Target::Pipeline => links.pipeline = Some(value),
                Target::Stage => links.stage = Some(value),
                Target::FullName => full_name = Some((value, slot.surname_first)),
            }
        }
        // Explicit first and last name columns win over a whole-name column.
        if let Some((full, surname_first)) = full_name
            && !input.contains_key("first_name")
            && !input.contains_key("last_name")
        {
            let (first, last) = split_full_name(&full, surname_first);
            for (field, part) in [("first_name", first), ("last_name", last)] {
                if !part.is_empty() {
                    input.insert(field.to_owned(), Json::String(part));
                }
            }
        }
        if !custom.is_empty() {
            input.insert("custom".to_owned(), Json::Object(custom));
        }
        let input = Json::Object(input);
        let changes = match Changes::parse(self.kind, &input, Mode::Patch, self.customs, self.ctx) {
            Ok(changes) => changes,
            Err(mut invalid) => {
                errors.append(&mut invalid.0);
                return (cells, Err(errors));
            }
        };
        let mut record = Record::new(self.kind, None, self.now);
        record.apply(&changes);
        for spec in fields(self.kind).iter().filter(|f| f.required) {
            if record.get(spec.name).is_empty() {
                errors.push(FieldError::new(spec.name, "is required"));
            }
        }
        if let Err(invalid) = record.check(self.customs) {
            errors.extend(invalid.0);
        }
        let outcome = if errors.is_empty() {
            Ok(RowData { changes, links })
        } else {
            Err(errors)
        };
        (cells, outcome)
    }
}

impl<R: Read> Iterator for RowReader<'_, R> {
    type Item = Result<Row, TransferError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let start = self.csv.position().byte();
            match self.csv.read_byte_record(&mut self.record) {
                Ok(true) => {}
                Ok(false) => {
                    self.done = true;
                    return None;
                }
                Err(error) => {
                    self.done = true;
                    return Some(Err(error.into()));
                }
            }
            let line = self.csv.get_mut().line_at(start);
            let end = self.csv.position().byte();
            self.csv.get_mut().advance(end);
            // Spreadsheets leave rows of bare delimiters after the data: not rows anyone wrote.
            if self.record.iter().all(|c| c.trim_ascii().is_empty()) {
                continue;
            }
            let (cells, outcome) = self.parse_row();
            return Some(Ok(Row {
                line,
                cells,
                outcome,
            }));
        }
        None
    }
}

/// The most frequent of `,` `;` and tab outside quotes in the header line; `,` when none
/// occurs (a file with one column).
fn sniff_delimiter(line: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &byte in line {
        match byte {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let candidates = [b',', b';', b'\t'];
    let mut best = 0;
    for i in 1..candidates.len() {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    candidates[best]
}

/// Splits a whole name. "Иванов Иван Иванович" (surname first, as a ФИО column or a
/// Russian patronymic shows) keeps the patronymic with the first name; "Smith, John" is
/// surname first too; otherwise the last word is the surname ("Mary Ann Smith").
pub(crate) fn split_full_name(full: &str, surname_first: bool) -> (String, String) {
    if let Some((last, first)) = full.split_once(',') {
        return (first.trim().to_owned(), last.trim().to_owned());
    }
    let words: Vec<&str> = full.split_whitespace().collect();
    match words.as_slice() {
        [] => (String::new(), String::new()),
        [only] => ((*only).to_owned(), String::new()),
        [surname, rest @ ..] if surname_first || has_patronymic(&words) => {
            (rest.join(" "), (*surname).to_owned())
        }
        [rest @ .., surname] => (rest.join(" "), (*surname).to_owned()),
    }
}

/// Three words ending in a Russian patronymic (-вич, -вна, -чна, -ич, оглы, кызы).
fn has_patronymic(words: &[&str]) -> bool {
    let [_, _, last] = words else {
        return false;
    };
    let last = last.to_lowercase();
    ["вич", "вна", "чна", "ич", "оглы", "кызы"]
        .iter()
        .any(|suffix| last.ends_with(suffix))
}

/// Counts line breaks in the bytes the CSV parser reads, so a row's physical line can be
/// told even after quoted cells that span lines and blank lines the parser skips. Holds
/// only the bytes not yet accounted for: the parser's read-ahead and the current row.
struct Tracked<R> {
    inner: R,
    window: VecDeque<u8>,
    /// Offset of `window[0]` in the stream.
    start: u64,
    /// Line breaks before `start`: `\n`, `\r\n` and a lone `\r` count one each.
    breaks: u64,
    /// Whether the byte before `start` was `\r` (so a `\n` at `start` ends the same line).
    after_cr: bool,
}

impl<R> Tracked<R> {
    fn new(inner: R) -> Self {
        Self {
            inner,
            window: VecDeque::new(),
            start: 0,
            breaks: 0,
            after_cr: false,
        }
    }

    /// Accounts for the stream up to `offset` and forgets those bytes.
    fn advance(&mut self, offset: u64) {
        while self.start < offset {
            let Some(byte) = self.window.pop_front() else {
                break;
            };
            self.count(byte);
            self.start += 1;
        }
    }

    fn count(&mut self, byte: u8) {
        match byte {
            b'\r' => {
                self.breaks += 1;
                self.after_cr = true;
            }
            b'\n' => {
                if !self.after_cr {
                    self.breaks += 1;
                }
                self.after_cr = false;
            }
            _ => self.after_cr = false,
        }
    }

    /// The line of the first byte at or after `offset` that is not a line break: where a
    /// record read from `offset` starts, since the parser skips blank lines before it.
    fn line_at(&mut self, offset: u64) -> u64 {
        self.advance(offset);
        let (mut breaks, mut after_cr) = (self.breaks, self.after_cr);
        for &byte in &self.window {
            match byte {
                b'\r' => {
                    breaks += 1;
                    after_cr = true;
                }
                b'\n' => {
                    if !after_cr {
                        breaks += 1;
                    }
                    after_cr = false;
                }
                _ => break,
            }
        }
        breaks + 1
    }
}

impl<R: Read> Read for Tracked<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.window.extend(buf.get(..n).unwrap_or_default());
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(input: &str, kind: ObjectKind) -> Vec<Row> {
        let ctx = ParseContext::default();
        RowReader::open(input.as_bytes(), kind, &[], &ctx)
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }

    #[test]
    fn delimiters_are_found_from_the_header() {
        assert_eq!(sniff_delimiter(b"a;b;c\n"), b';');
        assert_eq!(sniff_delimiter(b"a\tb\n"), b'\t');
        assert_eq!(sniff_delimiter(b"\"a;b\",c\n"), b',');
        assert_eq!(sniff_delimiter(b"name\n"), b',');
    }

    #[test]
    fn lines_are_physical_lines() {
        let input = "\u{feff}first_name,email,job_title\r\n\
                     Anna,anna@example.com,\"Head\r\nof sales\"\r\n\
                     \r\n\
                     Ben,ben@example.com,CTO\r\n\
                     ,,\r\n\
                     Cleo,not-an-email,CEO";
        let rows = read_all(input, ObjectKind::Person);
        let lines: Vec<u64> = rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 5, 7]);
        assert!(rows[0].outcome.is_ok());
        let errors = rows[2].outcome.as_ref().unwrap_err();
        assert_eq!(errors[0].field, "email");
    }

    #[test]
    fn blank_lines_before_the_header_are_passed_over() {
        let ctx = ParseContext::default();
        let input = "\r\n\nfirst_name;email\nAnn;ann@example.com\n";
        let mut reader = RowReader::open(input.as_bytes(), ObjectKind::Person, &[], &ctx).unwrap();
        assert_eq!((reader.delimiter(), reader.header_line()), (';', 3));
        let row = reader.next().unwrap().unwrap();
        assert_eq!(row.line, 4);
        assert!(row.outcome.is_ok());
        assert!(reader.next().is_none());
    }

    #[test]
    fn empty_files_and_other_encodings_are_refused() {
        let ctx = ParseContext::default();
        let open =
            |bytes: &'static [u8]| RowReader::open(bytes, ObjectKind::Person, &[], &ctx).err();
        assert!(matches!(open(b""), Some(TransferError::Empty)));
        assert!(matches!(open(b"\xEF\xBB\xBF"), Some(TransferError::Empty)));
        // "Имя" in Windows-1251, as old Excel saves it.
        assert!(matches!(
            open(b"\xC8\xEC\xFF;email\n"),
            Some(TransferError::NotUtf8 { line: 1 })
        ));
    }

    #[test]
    fn empty_cells_are_skipped_and_whole_names_split() {
        let rows = read_all(
            "ФИО;Почта;Телефон\nИванов Иван Иванович;;8 916 123-45-67\n",
            ObjectKind::Person,
        );
        let data = rows[0].outcome.as_ref().unwrap();
        let names: Vec<&str> = data.changes.values.iter().map(|(s, _)| s.name).collect();
        assert_eq!(names, ["phone", "first_name", "last_name"]);
        assert_eq!(
            data.changes.get("first_name").and_then(|v| v.as_text()),
            Some("Иван Иванович")
        );
    }

    #[test]
    fn a_row_missing_what_a_new_record_needs_is_refused() {
        let rows = read_all(
            "Name,Amount\n,100\nBig deal,\"12 500,50\"\n",
            ObjectKind::Deal,
        );
        assert_eq!(rows[0].outcome.as_ref().unwrap_err()[0].field, "name");
        let deal = rows[1].outcome.as_ref().unwrap();
        assert_eq!(
            deal.changes.get("amount").and_then(|v| v.as_int()),
            Some(1_250_050)
        );
    }

    #[test]
    fn names_split_the_way_people_write_them() {
        let split = |s, f| split_full_name(s, f);
        assert_eq!(
            split("Mary Ann Smith", false),
            ("Mary Ann".into(), "Smith".into())
        );
        assert_eq!(split("Smith, John", false), ("John".into(), "Smith".into()));
        assert_eq!(split("Иванов Иван", true), ("Иван".into(), "Иванов".into()));
        assert_eq!(
            split("Петров Пётр Петрович", false),
            ("Пётр Петрович".into(), "Петров".into())
        );
        assert_eq!(split("Cher", false), ("Cher".into(), String::new()));
    }
}
