//! The score of a pair of people: the sum of the evidence weights, and the evidence in words.

use crate::evidence::Evidence;
use crate::interner::NONE;
use crate::name_match::{NameForm, NameLevel, company_names_close, compare_family, compare_given};
use crate::normalize::{normalize_email, normalize_phone};
use crate::record::PersonKey;
use crate::weights::{PersonWeights, shared_weight};

use super::prepare::{PreparedPeople, PreparedPerson};

/// Scores pairs of one prepared scan.
pub struct PersonScorer<'a> {
    pub keys: &'a [PersonKey],
    pub people: &'a PreparedPeople,
    pub weights: PersonWeights,
    pub default_country_code: &'a str,
}

/// How the names of two people compared, in the better of the two orders.
#[derive(Debug, Clone, Copy)]
struct NameOutcome {
    first: NameLevel,
    last: NameLevel,
    swapped: bool,
    weight: f32,
}

impl PersonScorer<'_> {
    /// The total weight of a pair; with `explain`, also the sentences behind it.
    pub fn score(&self, a: usize, b: usize, mut explain: Option<&mut Evidence>) -> f32 {
        let (pa, pb) = (&self.people.people[a], &self.people.people[b]);
        let names = self.compare_names(pa, pb);
        let mut total = names.weight;
        if let Some(lines) = explain.as_deref_mut() {
            self.explain_names(a, b, names, lines);
        }
        total += self.contact(a, b, Contact::Email, explain.as_deref_mut());
        total += self.contact(a, b, Contact::Phone, explain.as_deref_mut());
        total += self.company(a, b, explain.as_deref_mut());
        total += self.city(a, b, explain);
        total
    }

    fn form(&self, id: u32, cyrillic: bool) -> NameForm<'_> {
        self.people
            .name(id)
            .map_or(NameForm::MISSING, |n| NameForm {
                spelling: &n.spelling,
                skeleton: &n.skeleton,
                uses: n.uses,
                cyrillic,
            })
    }

    fn compare_names(&self, a: &PreparedPerson, b: &PreparedPerson) -> NameOutcome {
        let w = &self.weights;
        let (ca, cb) = (a.cyrillic, b.cyrillic);
        let first = compare_given(self.form(a.first, ca), self.form(b.first, cb));
        let last = compare_family(self.form(a.last, ca), self.form(b.last, cb));
        let straight = NameOutcome {
            first,
            last,
            swapped: false,
            weight: first.weight(&w.first) + last.weight(&w.last),
        };
        let all_present = [a.first, a.last, b.first, b.last]
            .iter()
            .all(|id| *id != NONE);
        if !all_present || (first == NameLevel::Exact && last == NameLevel::Exact) {
            return straight;
        }
        let first = compare_given(self.form(a.first, ca), self.form(b.last, cb));
        let last = compare_family(self.form(a.last, ca), self.form(b.first, cb));
        let swapped = NameOutcome {
            first,
            last,
            swapped: true,
            weight: first.weight(&w.first) + last.weight(&w.last),
        };
        if swapped.weight > straight.weight {
            swapped
        } else {
            straight
        }
    }

    fn contact(&self, a: usize, b: usize, kind: Contact, explain: Option<&mut Evidence>) -> f32 {
        let (pa, pb) = (&self.people.people[a], &self.people.people[b]);
        let colleagues = pa.company != NONE && pa.company == pb.company;
        let (rows, counts, full, differs) = match kind {
            Contact::Email => (
                &self.people.emails,
                &self.people.email_counts,
                self.weights.email_shared,
                self.weights.email_differs,
            ),
            Contact::Phone => (
                &self.people.phones,
                &self.people.phone_counts,
                if colleagues {
                    self.weights.phone_shared_colleagues
                } else {
                    self.weights.phone_shared
                },
                self.weights.phone_differs,
            ),
        };
        let (ra, rb) = (rows.row(a), rows.row(b));
        if ra.is_empty() || rb.is_empty() {
            return 0.0;
        }
        let fewest_sharers = shared_ids(ra, rb).map(|id| counts[id as usize]).min();
        let Some(sharers) = fewest_sharers else {
            if let Some(lines) = explain {
                lines.push((differs, format!("no {} in common", kind.noun())));
            }
            return differs;
        };
        let weight = shared_weight(full, sharers, self.weights.shared_floor);
        if let Some(lines) = explain {
            let values = self.shared_values(a, b, kind).join(", ");
            let noun = kind.noun();
            let mut line = format!("same {noun} {values}");
            if sharers > 2 {
                line.push_str(&format!(" (held by {sharers} records)"));
            }
            if colleagues && matches!(kind, Contact::Phone) {
                line.push_str(" (could be their office line)");
            }
            lines.push((weight, line));
        }
        weight
    }

    /// The shared emails or phones in their normalised form (for the evidence only).
    fn shared_values(&self, a: usize, b: usize, kind: Contact) -> Vec<String> {
        let normal = |key: &PersonKey| -> Vec<String> {
            match kind {
                Contact::Email => key
                    .emails
                    .iter()
                    .filter_map(|e| normalize_email(e))
                    .collect(),
                Contact::Phone => key
                    .phones
                    .iter()
                    .filter_map(|p| normalize_phone(p, self.default_country_code))
                    .collect(),
            }
        };
        let theirs = normal(&self.keys[b]);
        let mut shared: Vec<String> = normal(&self.keys[a])
            .into_iter()
            .filter(|v| theirs.contains(v))
            .collect();
        shared.dedup();
        shared
    }

    fn company(&self, a: usize, b: usize, explain: Option<&mut Evidence>) -> f32 {
        let (ca, cb) = (self.people.people[a].company, self.people.people[b].company);
        if ca == NONE || cb == NONE {
            return 0.0;
        }
        let w = &self.weights;
        let (weight, verdict) = if ca == cb {
            (w.company_same, "same company")
        } else if company_names_close(
            &self.people.companies[ca as usize],
            &self.people.companies[cb as usize],
        ) {
            (w.company_close, "similar companies")
        } else {
            (w.company_differs, "different companies")
        };
        if let Some(lines) = explain {
            let raw = |i: usize| self.keys[i].company.as_deref().unwrap_or_default().trim();
            let line = if raw(a) == raw(b) {
                format!("{verdict} '{}'", raw(a))
            } else {
                format!("{verdict} '{}' and '{}'", raw(a), raw(b))
            };
            lines.push((weight, line));
        }
        weight
    }

    fn city(&self, a: usize, b: usize, explain: Option<&mut Evidence>) -> f32 {
        let (ca, cb) = (self.people.people[a].city, self.people.people[b].city);
        if ca == NONE || cb == NONE {
            return 0.0;
        }
        let (weight, verdict) = if ca == cb {
            (self.weights.city_same, "same city")
        } else {
            (self.weights.city_differs, "different cities")
        };
        if let Some(lines) = explain {
            let raw = |i: usize| self.keys[i].city.as_deref().unwrap_or_default().trim();
            let line = if raw(a) == raw(b) {
                format!("{verdict} '{}'", raw(a))
            } else {
                format!("{verdict} '{}' and '{}'", raw(a), raw(b))
            };
            lines.push((weight, line));
        }
        weight
    }

    fn explain_names(&self, a: usize, b: usize, names: NameOutcome, lines: &mut Evidence) {
        let full = |k: &PersonKey| {
            format!("{} {}", k.first_name.trim(), k.last_name.trim())
                .trim()
                .to_owned()
        };
        let (ka, kb) = (full(&self.keys[a]), full(&self.keys[b]));
        let swapped = if names.swapped {
            " with first and last name swapped"
        } else {
            ""
        };
        if names.first == NameLevel::Exact && names.last == NameLevel::Exact {
            let scripts_differ = self.people.people[a].cyrillic != self.people.people[b].cyrillic;
            let how = if scripts_differ {
                " after transliteration"
            } else {
                ""
            };
            let line = if ka == kb {
                format!("same name '{ka}'{swapped}")
            } else {
                format!("names '{ka}' and '{kb}' match{how}{swapped}")
            };
            lines.push((names.weight, line));
            return;
        }
        if names.swapped {
            lines.push((0.0, format!("names '{ka}' and '{kb}' compared{swapped}")));
        }
        self.explain_name_parts(a, b, names, lines);
    }

    /// One line per name part: "first names 'Bob' and 'Robert': one is a short form…".
    fn explain_name_parts(&self, a: usize, b: usize, names: NameOutcome, lines: &mut Evidence) {
        // In swapped order, A's first name was compared with B's last name and vice versa.
        let (b_first, b_last) = if names.swapped {
            (false, true)
        } else {
            (true, false)
        };
        let parts = [
            (
                "first names",
                names.first,
                true,
                b_first,
                self.weights.first,
            ),
            ("last names", names.last, false, b_last, self.weights.last),
        ];
        for (label, level, a_given, b_given, weights) in parts {
            let (x, y) = (self.part_text(a, a_given), self.part_text(b, b_given));
            if let Some(line) = describe_level(label, level, &x, &y) {
                lines.push((level.weight(&weights), line));
            }
        }
    }

    /// A name part as typed when its field holds just that word, else as normalised (the
    /// field held a whole name).
    fn part_text(&self, record: usize, given: bool) -> String {
        let (key, person) = (&self.keys[record], &self.people.people[record]);
        let (raw, id) = if given {
            (key.first_name.trim(), person.first)
        } else {
            (key.last_name.trim(), person.last)
        };
        if raw.is_empty() || raw.contains(char::is_whitespace) {
            self.form(id, false).spelling.to_owned()
        } else {
            raw.to_owned()
        }
    }
}

fn describe_level(label: &str, level: NameLevel, x: &str, y: &str) -> Option<String> {
    let text = match level {
        NameLevel::Exact => format!("{label} '{x}' and '{y}' match"),
        NameLevel::SoundsAlike => format!("{label} '{x}' and '{y}' are spellings of one name"),
        NameLevel::ShortForm => {
            format!("{label} '{x}' and '{y}': one is a short form of the other")
        }
        NameLevel::Typo => format!("{label} '{x}' and '{y}' differ by a typo"),
        NameLevel::Initial => format!("{label} '{x}' and '{y}': initial agrees"),
        NameLevel::GenderVariant => format!("{label} '{x}' and '{y}' are male and female forms"),
        NameLevel::Different => format!("different {label} '{x}' and '{y}'"),
        NameLevel::Missing => return None,
    };
    Some(text)
}

#[derive(Debug, Clone, Copy)]
enum Contact {
    Email,
    Phone,
}

impl Contact {
    fn noun(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Phone => "phone",
        }
    }
}

/// Ids present in both sorted rows.
fn shared_ids<'r>(a: &'r [u32], b: &'r [u32]) -> impl Iterator<Item = u32> + 'r {
    a.iter()
        .copied()
        .filter(move |id| b.binary_search(id).is_ok())
}
