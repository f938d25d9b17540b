//! Planting duplicates and look-alikes next to an original record.

use super::{
    DupKind, Generator, HardKind, Identity, Lang, Look, Origin, gender_twin, gendered, short_forms,
};
use crate::eval::spelling::{SCHEMES, romanise};
use crate::record::PersonKey;

const CYRILLIC: &[char] = &[
    'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с', 'т', 'у',
    'ф', 'х', 'ц', 'ч', 'ш', 'ы', 'я',
];
const LATIN: &[char] = &[
    'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'r', 's', 't', 'u',
    'v', 'y', 'z',
];

/// Which contact points a duplicate keeps in common with its original.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    Email,
    Phone,
    Company,
}

impl Generator {
    /// Plants a duplicate of `identity` (whose original record used `look`). Kinds that do
    /// not apply to this person (no Gmail address, no phone, not Russian) fall back to
    /// `Reformatted`, and are labelled as such.
    pub(super) fn duplicate(
        &mut self,
        identity: &Identity,
        look: &Look,
        kind: DupKind,
        entity: u32,
        of: u32,
    ) {
        let mut dup = look.clone();
        dup.phone_style = self.rng.below(7);
        dup.company_variant = self.rng.below(6);
        dup.city = look.city && self.rng.chance(0.85);
        let has_gmail = look.emails.iter().any(|e| e.ends_with("@gmail.com"));
        let kind = match kind {
            DupKind::GmailVariant if !has_gmail => DupKind::Reformatted,
            DupKind::PhoneOnly if look.phones.is_empty() => DupKind::Reformatted,
            DupKind::Transliteration if identity.lang != Lang::Ru => DupKind::Reformatted,
            DupKind::ShortForm if short_forms(&identity.first).is_none() => DupKind::Reformatted,
            DupKind::CompanyOnly if identity.company.is_none() => DupKind::Reformatted,
            other => other,
        };
        match kind {
            DupKind::Reformatted => {
                dup.upper_email = self.rng.chance(0.6);
            }
            DupKind::GmailVariant => {
                dup.emails = look.emails.iter().map(|e| self.gmail_variant(e)).collect();
                dup.phones.retain(|_| self.rng.chance(0.5));
                dup.company = self.rng.chance(0.5);
            }
            DupKind::PhoneOnly => {
                dup.emails = if self.rng.chance(0.5) {
                    vec![self.personal_email(identity)]
                } else {
                    Vec::new()
                };
                dup.company = self.rng.chance(0.5);
            }
            DupKind::Transliteration => {
                dup.scheme = match look.scheme {
                    None => Some(*self.rng.pick(&SCHEMES)),
                    Some(_) if self.rng.chance(0.6) => None,
                    Some(_) => Some(*self.rng.pick(&SCHEMES)),
                };
                dup.conventional = self.rng.chance(0.4);
                let link = *self
                    .rng
                    .pick(&[Link::Phone, Link::Phone, Link::Email, Link::Company]);
                self.keep_only(identity, &mut dup, link);
            }
            DupKind::NameTypo | DupKind::SwappedOrder | DupKind::ShortForm => {
                let link = *self.rng.pick(&[Link::Email, Link::Phone]);
                self.keep_only(identity, &mut dup, link);
            }
            DupKind::CompanyOnly => {
                self.keep_only(identity, &mut dup, Link::Company);
            }
        }
        let mut record = self.render(identity, &dup);
        match kind {
            DupKind::NameTypo => self.typo_in_name(&mut record),
            DupKind::SwappedOrder => self.swap_names(&mut record),
            DupKind::ShortForm => self.use_short_form(identity, &dup, &mut record),
            _ => {}
        }
        self.push_record(
            record,
            entity,
            Origin::Duplicate {
                kind: kind.label(),
                of,
            },
        );
    }

    /// Leaves the duplicate linked to the original through `link` only: other contact points
    /// are replaced by new ones of the same person (another email, another phone) or dropped.
    fn keep_only(&mut self, identity: &Identity, dup: &mut Look, link: Link) {
        let link = match link {
            Link::Company if identity.company.is_none() || !dup.company => Link::Phone,
            other => other,
        };
        let link = match link {
            Link::Email if dup.emails.is_empty() => Link::Phone,
            Link::Phone if dup.phones.is_empty() => Link::Email,
            other => other,
        };
        if link != Link::Email {
            dup.emails = if self.rng.chance(0.6) {
                let email = match identity.company {
                    Some(_) if link == Link::Company && self.rng.chance(0.5) => {
                        self.work_email(identity)
                    }
                    _ => self.personal_email(identity),
                };
                vec![email]
            } else {
                Vec::new()
            };
        }
        if link != Link::Phone {
            dup.phones = if self.rng.chance(0.5) {
                vec![self.phones.mobile(identity.city, &mut self.rng)]
            } else {
                Vec::new()
            };
        }
        dup.company = link == Link::Company || self.rng.chance(0.5);
    }

    /// The same Gmail mailbox written differently: dots moved, a plus tag, capitals.
    fn gmail_variant(&mut self, email: &str) -> String {
        let Some(local) = email.strip_suffix("@gmail.com") else {
            return email.to_owned();
        };
        let plain: String = local.chars().filter(|c| *c != '.').collect();
        let mut out = String::new();
        for (i, c) in plain.chars().enumerate() {
            if i > 0 && self.rng.chance(0.2) {
                out.push('.');
            }
            out.push(c);
        }
        if out == local {
            out.insert(1, '.');
        }
        if self.rng.chance(0.4) {
            const TAGS: [&str; 4] = ["+crm", "+work", "+news", "+2019"];
            let tag = TAGS[self.rng.below(TAGS.len())];
            out.push_str(tag);
        }
        let domain = if self.rng.chance(0.2) {
            "googlemail.com"
        } else {
            "gmail.com"
        };
        let address = format!("{out}@{domain}");
        if self.rng.chance(0.3) {
            address.to_uppercase()
        } else {
            address
        }
    }

    fn typo_in_name(&mut self, record: &mut PersonKey) {
        let field = if self.rng.chance(0.5) {
            &mut record.last_name
        } else {
            &mut record.first_name
        };
        *field = typo(field, &mut self.rng);
    }

    fn swap_names(&mut self, record: &mut PersonKey) {
        if self.rng.chance(0.5) {
            std::mem::swap(&mut record.first_name, &mut record.last_name);
        } else {
            // "Иванов Сергей" typed into one field, as Russian documents order it.
            record.first_name = format!("{} {}", record.last_name, record.first_name);
            record.last_name.clear();
        }
    }

    fn use_short_form(&mut self, identity: &Identity, look: &Look, record: &mut PersonKey) {
        let Some(forms) = short_forms(&identity.first) else {
            return;
        };
        let short = *self.rng.pick(forms);
        record.first_name = match look.scheme {
            Some(scheme) => romanise(short, scheme),
            None => short.to_owned(),
        };
    }

    /// Plants a different person who looks like `identity`.
    pub(super) fn hard_negative(
        &mut self,
        identity: &Identity,
        kind: HardKind,
        entity: u32,
        of: u32,
    ) {
        let kind = match kind {
            HardKind::GenderTwin if gender_twin(&identity.first).is_none() => HardKind::Relative,
            HardKind::Colleague | HardKind::SameSurnameColleague if identity.company.is_none() => {
                HardKind::Relative
            }
            other => other,
        };
        let other = match kind {
            HardKind::Relative | HardKind::GenderTwin => self.relative(identity, kind),
            HardKind::Colleague => self.colleague(identity, false),
            HardKind::SameSurnameColleague => self.colleague(identity, true),
            HardKind::Namesake => self.namesake(identity),
        };
        let look = self.original_look(&other);
        self.push(
            &other,
            &look,
            entity,
            Origin::Hard {
                kind: kind.label(),
                of,
            },
        );
    }

    fn relative(&mut self, identity: &Identity, kind: HardKind) -> Identity {
        let mut other = self.identity(None);
        other.lang = identity.lang;
        other.company = None;
        match (kind, gender_twin(&identity.first)) {
            (HardKind::GenderTwin, Some(twin)) => {
                other.female = !identity.female;
                other.first = twin.to_owned();
            }
            _ => {
                other.female = self.rng.chance(0.5);
                other.first = self.draw_first(identity.lang, other.female);
                while other.first == identity.first {
                    other.first = self.draw_first(identity.lang, other.female);
                }
            }
        }
        other.last_male = identity.last_male.clone();
        other.last = gendered(&identity.last_male, identity.lang, other.female);
        if self.rng.chance(0.8) {
            other.city = identity.city;
        }
        // A shared home phone.
        if self.rng.chance(0.4) && identity.mobile.is_some() {
            other.mobile = identity.mobile.clone();
        }
        other.work_email = None;
        other.personal_email = Some(self.personal_email(&other));
        other
    }

    fn colleague(&mut self, identity: &Identity, same_surname: bool) -> Identity {
        let mut other = self.identity(identity.company);
        other.city = identity.city;
        if same_surname {
            if other.lang != identity.lang {
                // A given name from the family's language, not "Александр Brown".
                other.lang = identity.lang;
                other.first = self.draw_first(identity.lang, other.female);
            }
            other.last_male = identity.last_male.clone();
            other.last = gendered(&identity.last_male, identity.lang, other.female);
            // Another given name, and not one a colleague of that surname already has.
            for _ in 0..20 {
                let taken = self.colleague_key(
                    other.company.unwrap_or_default(),
                    &other.first,
                    &other.last_male,
                );
                if other.first != identity.first && !self.colleagues.contains(&taken) {
                    break;
                }
                other.first = self.draw_first(identity.lang, other.female);
            }
            if let Some(c) = other.company {
                self.colleagues
                    .insert(self.colleague_key(c, &other.first, &other.last_male));
            }
        }
        other.office = self.rng.chance(0.6);
        other.work_email = other.company.map(|_| self.work_email(&other));
        other
    }

    fn namesake(&mut self, identity: &Identity) -> Identity {
        let mut other = self.identity(None);
        other.lang = identity.lang;
        other.female = identity.female;
        other.first = identity.first.clone();
        other.last = identity.last.clone();
        other.last_male = identity.last_male.clone();
        // Not at the same employer, nor at one where that name is already taken.
        if let Some(c) = other.company {
            let name = self.colleague_key(c, &other.first, &other.last_male);
            if other.company == identity.company || !self.colleagues.insert(name) {
                other.company = None;
            }
        }
        if self.rng.chance(0.5) {
            other.city = identity.city;
        }
        other.work_email = other.company.map(|_| self.work_email(&other));
        other.personal_email = Some(self.personal_email(&other));
        other
    }
}

/// One typing slip: a wrong, missing, doubled or swapped letter, in the word's own script.
fn typo(word: &str, rng: &mut crate::eval::prng::Rng) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    if chars.len() < 3 {
        return word.to_owned();
    }
    let cyrillic = chars.iter().any(|c| ('\u{0400}'..='\u{04FF}').contains(c));
    let alphabet = if cyrillic { CYRILLIC } else { LATIN };
    let i = rng.below(chars.len());
    let upper = chars[i].is_uppercase();
    let mut letter = *rng.pick(alphabet);
    if upper {
        letter = letter.to_uppercase().next().unwrap_or(letter);
    }
    match rng.below(4) {
        0 if chars[i].to_lowercase().next() != Some(letter) => chars[i] = letter,
        1 if chars.len() >= 4 => {
            chars.remove(i);
        }
        2 => chars.insert(i, chars[i].to_lowercase().next().unwrap_or(chars[i])),
        _ if i + 1 < chars.len() && chars[i] != chars[i + 1] => chars.swap(i, i + 1),
        _ => chars.insert(i + 1, letter.to_lowercase().next().unwrap_or(letter)),
    }
    // A slip in the first letter keeps the capital where it was.
    if let Some(first) = chars.first_mut() {
        *first = first.to_uppercase().next().unwrap_or(*first);
    }
    chars.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::prng::Rng;
    use crate::similarity::edit_distance;

    #[test]
    fn typos_are_one_edit_in_the_same_script() {
        let mut rng = Rng::new(11);
        for word in ["Иванов", "Smith", "Александра"] {
            for _ in 0..50 {
                let slipped = typo(word, &mut rng);
                assert_ne!(slipped, word);
                assert!(
                    edit_distance(&slipped.to_lowercase(), &word.to_lowercase()) <= 1,
                    "{slipped}"
                );
            }
        }
    }
}
