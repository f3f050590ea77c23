package org.dozaban.text;

import com.ibm.icu.util.ULocale;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The languages the tool knows, and what each writes its own way: direction, calendar and digits. Text,
 * content folders, addresses and {@code lang} attributes name a language by its code ({@code "fa"}); this
 * type is where a code's behaviour is decided, so that no other class compares codes.
 */
public enum Language {

    PERSIAN("fa", true, true, true),
    ENGLISH("en", false, false, false),
    /** Told apart from Persian in text only; no site is written in it. */
    ARABIC("ar", true, false, true);

    /** Persian on the Solar Hijri calendar: the locale of the dates of a language that uses that calendar. */
    public static final ULocale SOLAR_HIJRI = new ULocale("fa_IR@calendar=persian");

    /** The languages a site can be written in, in the order a site lists them when it does not say. */
    public static final List<Language> SITE = List.of(PERSIAN, ENGLISH);

    /** Asked for on every link of every page: found in a table, not by a search. */
    private static final Map<String, Language> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Language::code, language -> language));

    private final String code;
    private final boolean rightToLeft;
    private final boolean solarHijri;
    private final boolean ownDigits;

    Language(String code, boolean rightToLeft, boolean solarHijri, boolean ownDigits) {
        this.code = code;
        this.rightToLeft = rightToLeft;
        this.solarHijri = solarHijri;
        this.ownDigits = ownDigits;
    }

    /** The language of {@code code}, when it is one of these. */
    public static Optional<Language> of(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** The codes of the languages a site can be written in. */
    public static List<String> siteCodes() {
        return SITE.stream().map(Language::code).toList();
    }

    /** The ISO 639-1 code: {@code "fa"}, {@code "en"}. */
    public String code() {
        return code;
    }

    /** Whether {@code code} names this language. */
    public boolean is(String code) {
        return this.code.equals(code);
    }

    /** Whether it is written right to left. */
    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** Whether its dates are in the Solar Hijri calendar; else in the Gregorian one. */
    public boolean solarHijri() {
        return solarHijri;
    }

    /** Whether numbers in its running text take its own digits (۱۲۳) rather than 123. */
    public boolean ownDigits() {
        return ownDigits;
    }

    /** Whether the language of {@code code} is written right to left; false for a code not known here. */
    public static boolean isRightToLeft(String code) {
        Language language = code == null ? null : BY_CODE.get(code);
        return language != null && language.rightToLeft;
    }

    /** {@code "rtl"} or {@code "ltr"}, the {@code dir} of the language of {@code code}. */
    public static String direction(String code) {
        return isRightToLeft(code) ? "rtl" : "ltr";
    }

    /** Whether the language of {@code code} dates in the Solar Hijri calendar. */
    public static boolean datesSolarHijri(String code) {
        return of(code).map(Language::solarHijri).orElse(false);
    }
}
