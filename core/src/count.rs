//! How a count or a size reads in each language: digits grouped by thousands and the noun in
//! the form the language's plural rule asks for. French takes the singular for 0 and 1
//! (« 0 entrée », « 1 entrée »), English for 1 only ("0 entries", "1 entry").

use crate::display::Lang;

/// Whether `n` takes the singular in `lang`.
pub fn is_singular(n: usize, lang: Lang) -> bool {
    match lang {
        Lang::Fr => n <= 1,
        Lang::En => n == 1,
    }
}

/// `one` or `many`, as `n` wants in `lang`.
pub fn pick<'a>(n: usize, lang: Lang, one: &'a str, many: &'a str) -> &'a str {
    if is_singular(n, lang) {
        one
    } else {
        many
    }
}

/// `n` with its digits grouped by thousands: « 50 651 » (a narrow no-break space, as French
/// typography and browsers' `Intl.NumberFormat("fr")` write it), "50,651".
pub fn number(n: usize, lang: Lang) -> String {
    let separator = match lang {
        Lang::Fr => '\u{202F}',
        Lang::En => ',',
    };
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    grouped
}

/// `bytes` in megabytes (millions of bytes) with one decimal, grouped by thousands and with the
/// language's decimal mark and unit: « 2 147,5 Mo », "2,147.5 MB".
pub fn megabytes(bytes: usize, lang: Lang) -> String {
    let tenths = bytes.saturating_add(50_000) / 100_000;
    let (decimal_mark, unit) = match lang {
        Lang::Fr => (',', "Mo"),
        Lang::En => ('.', "MB"),
    };
    format!("{}{decimal_mark}{} {unit}", number(tenths / 10, lang), tenths % 10)
}

/// `n` grouped, then `one` or `many`: « 50 651 entrées », "1 entry".
pub fn counted(n: usize, lang: Lang, one: &str, many: &str) -> String {
    format!("{} {}", number(n, lang), pick(n, lang, one, many))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_takes_the_singular_for_zero_and_one() {
        assert_eq!(counted(0, Lang::Fr, "entrée", "entrées"), "0 entrée");
        assert_eq!(counted(1, Lang::Fr, "entrée", "entrées"), "1 entrée");
        assert_eq!(counted(2, Lang::Fr, "entrée", "entrées"), "2 entrées");
    }

    #[test]
    fn english_takes_the_singular_for_one_only() {
        assert_eq!(counted(0, Lang::En, "entry", "entries"), "0 entries");
        assert_eq!(counted(1, Lang::En, "entry", "entries"), "1 entry");
        assert_eq!(counted(2, Lang::En, "entry", "entries"), "2 entries");
    }

    #[test]
    fn large_numbers_are_grouped_by_thousands() {
        assert_eq!(number(50_651, Lang::Fr), "50\u{202F}651");
        assert_eq!(number(50_651, Lang::En), "50,651");
        assert_eq!(number(999, Lang::En), "999");
        assert_eq!(number(1_000, Lang::En), "1,000");
        assert_eq!(number(1_234_567, Lang::Fr), "1\u{202F}234\u{202F}567");
        assert_eq!(number(0, Lang::Fr), "0");
    }

    #[test]
    fn sizes_read_in_megabytes_grouped_with_the_language_s_decimal_mark() {
        let walk = |lang| [0, 1, 2, 50_651].map(|n| megabytes(n * 1_000_000, lang));
        assert_eq!(walk(Lang::Fr), ["0,0 Mo", "1,0 Mo", "2,0 Mo", "50\u{202F}651,0 Mo"]);
        assert_eq!(walk(Lang::En), ["0.0 MB", "1.0 MB", "2.0 MB", "50,651.0 MB"]);
        assert_eq!(megabytes(2_147_483_647, Lang::Fr), "2\u{202F}147,5 Mo");
        assert_eq!(megabytes(2_147_483_647, Lang::En), "2,147.5 MB");
        assert_eq!(megabytes(5_809_800, Lang::Fr), "5,8 Mo");
        assert_eq!(megabytes(262_145, Lang::Fr), "0,3 Mo");
        assert_eq!(megabytes(58_150_700, Lang::En), "58.2 MB");
        assert_eq!(megabytes(999_950_000, Lang::En), "1,000.0 MB", "rounding carries into the thousands");
        assert_eq!(megabytes(usize::MAX, Lang::En).chars().last(), Some('B'), "no overflow");
    }
}
