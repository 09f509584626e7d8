//! Where an unreadable stored value is kept before anything overwrites it: a bounded set of
//! backup slots that are never overwritten by one another.
//!
//! Pure: the browser layer reads the slots, asks [`backup_slot`], writes, and only overwrites
//! the original when the backup was written (or was already there).

/// What to do with a value that needs a backup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// The same value is already kept in this slot (1-based): nothing to write.
    Already(usize),
    /// Write it into this free slot (1-based).
    Into(usize),
    /// Every slot holds another value: it cannot be kept, so the original must stay untouched.
    Full,
}

/// Chooses a backup slot for `raw`, given the current contents of the slots (index 0 = slot 1).
pub fn backup_slot(slots: &[Option<String>], raw: &str) -> Keep {
    if let Some(i) = slots.iter().position(|s| s.as_deref() == Some(raw)) {
        return Keep::Already(i + 1);
    }
    match slots.iter().position(Option::is_none) {
        Some(i) => Keep::Into(i + 1),
        None => Keep::Full,
    }
}

/// The share of the quota in use at which the widget warns that data may soon not be saved.
pub const NEARLY_FULL_PERCENT: usize = 80;

/// `true` when `used` of `quota` is at or above [`NEARLY_FULL_PERCENT`].
pub fn nearly_full(used: usize, quota: usize) -> bool {
    quota > 0 && used.saturating_mul(100) / quota >= NEARLY_FULL_PERCENT
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backup_never_overwrites_another() {
        let s = |v: &str| Some(v.to_owned());
        assert_eq!(backup_slot(&[None, None, None], "x"), Keep::Into(1));
        assert_eq!(backup_slot(&[s("a"), None, None], "x"), Keep::Into(2));
        assert_eq!(backup_slot(&[s("a"), s("x"), None], "x"), Keep::Already(2));
        assert_eq!(backup_slot(&[s("a"), s("b"), s("c")], "x"), Keep::Full);
        assert_eq!(backup_slot(&[None, s("b"), None], "x"), Keep::Into(1));
        assert_eq!(backup_slot(&[], "x"), Keep::Full);
    }

    #[test]
    fn nearly_full_at_eighty_percent() {
        assert!(!nearly_full(3_999_999, 5_000_000));
        assert!(nearly_full(4_000_000, 5_000_000));
        assert!(!nearly_full(10, 0));
    }
}
