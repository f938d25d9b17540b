//! Which backups to keep: the newest of each of the last N days, and the newest of each of
//! the last M weeks (ISO weeks), like most backup tools count. Everything else may go.

use time::OffsetDateTime;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    pub daily: usize,
    pub weekly: usize,
}

/// The indexes into `times` of the backups to keep.
pub fn keep(times: &[OffsetDateTime], retention: Retention) -> Vec<usize> {
    let mut order: Vec<usize> = (0..times.len()).collect();
    order.sort_by(|a, b| times[*b].cmp(&times[*a]));
    let mut kept = Vec::new();
    let mut days = Vec::new();
    let mut weeks = Vec::new();
    for i in order {
        let day = times[i].date();
        let (year, week, _) = day.to_iso_week_date();
        let mut keep_it = false;
        if days.len() < retention.daily && !days.contains(&day) {
            days.push(day);
            keep_it = true;
        }
        if weeks.len() < retention.weekly && !weeks.contains(&(year, week)) {
            weeks.push((year, week));
            keep_it = true;
        }
        if keep_it {
            kept.push(i);
        }
    }
    kept.sort_unstable();
    kept
}

/// A backup's file name for the time it was made: sortable, and parsed back by [`made_at`].
pub fn file_name(at: OffsetDateTime) -> String {
    format!(
        "relata-{:04}{:02}{:02}T{:02}{:02}{:02}Z.backup.age",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// When the backup in the file `name` was made, if the name is one of ours.
pub fn made_at(name: &str) -> Option<OffsetDateTime> {
    let stamp = name.strip_prefix("relata-")?.strip_suffix("Z.backup.age")?;
    let format = time::macros::format_description!("[year][month][day]T[hour][minute][second]");
    time::PrimitiveDateTime::parse(stamp, &format)
        .ok()
        .map(|t| t.assume_utc())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn keeps_the_newest_per_day_and_per_week() {
        let times = [
            datetime!(2026-11-25 03:00 UTC), // Wednesday, today
            datetime!(2026-11-25 01:00 UTC), // earlier the same day
            datetime!(2026-11-24 03:00 UTC),
            datetime!(2026-11-23 03:00 UTC), // Monday
            datetime!(2026-11-22 03:00 UTC), // Sunday, the week before
            datetime!(2026-11-15 03:00 UTC), // two weeks before
            datetime!(2026-11-01 03:00 UTC), // four weeks before
        ];
        let kept = keep(
            &times,
            Retention {
                daily: 3,
                weekly: 3,
            },
        );
        // Days: 25th (03:00), 24th, 23rd. Weeks: this one (25th), 22nd's, 15th's.
        assert_eq!(kept, vec![0, 2, 3, 4, 5]);
        assert_eq!(
            keep(
                &times,
                Retention {
                    daily: 0,
                    weekly: 0
                }
            ),
            Vec::<usize>::new()
        );
        assert_eq!(
            keep(
                &times,
                Retention {
                    daily: 1,
                    weekly: 0
                }
            ),
            vec![0]
        );
    }

    #[test]
    fn file_names_round_trip_and_sort_by_time() {
        let at = datetime!(2026-11-25 03:04:05 UTC);
        let name = file_name(at);
        assert_eq!(name, "relata-20261125T030405Z.backup.age");
        assert_eq!(made_at(&name), Some(at));
        assert!(file_name(datetime!(2026-11-24 23:00 UTC)) < name);
        assert_eq!(made_at("notes.txt"), None);
    }
}
