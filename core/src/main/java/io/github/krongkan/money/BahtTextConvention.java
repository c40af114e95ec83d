package io.github.krongkan.money;

/**
 * How Thai baht text writes a units digit 1: {@code เอ็ด} or {@code หนึ่ง}.
 *
 * <p>Both conventions write a lone 1 as {@code หนึ่ง} (1 {@code หนึ่ง}, 1,000,000 {@code หนึ่งล้าน}) and a
 * 1 right after a non-zero tens digit as {@code เอ็ด} (11 {@code สิบเอ็ด}, 21 {@code ยี่สิบเอ็ด}, 0.21
 * {@code ยี่สิบเอ็ดสตางค์}). They differ only for a units digit 1 whose tens digit is zero but which
 * has a non-zero digit further up: 101, 1,001, 1,000,001, 101,000,000. Satang (1 to 99) never differ.
 *
 * <p>"Units digit" means the last digit of each six-digit group, because Thai counts in millions:
 * 101,000,000 is "101 million" and its 1 before {@code ล้าน} is a units digit too.
 */
public enum BahtTextConvention {

    /**
     * {@code เอ็ด} for a units digit 1 whenever any higher digit of the whole baht amount is non-zero,
     * in its own six-digit group or in a higher one: 101 {@code หนึ่งร้อยเอ็ด}, 1,001
     * {@code หนึ่งพันเอ็ด}, 1,000,001 {@code หนึ่งล้านเอ็ด}, 101,000,000 {@code หนึ่งร้อยเอ็ดล้าน},
     * 21,000,001 {@code ยี่สิบเอ็ดล้านเอ็ด}, 1,000,000,001 {@code หนึ่งพันล้านเอ็ด}.
     *
     * <p>The written form of the Royal Institute dictionary (entry {@code เอ็ด}: "used for a number
     * ending in 1, e.g. 11 {@code สิบเอ็ด}, 101 {@code ร้อยเอ็ด} or {@code หนึ่งร้อยเอ็ด}") and of
     * Microsoft Excel's {@code BAHTTEXT} function (documented example: 1234
     * {@code หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน}). krongkan's default.
     *
     * <p>A 1 whose only higher digits stand in a higher six-digit group (1,000,001, 1,000,000,001) is
     * written {@code เอ็ด} too, as the Royal Institute reading of the whole number requires. Public
     * re-implementations of {@code BAHTTEXT} disagree on this case (some write {@code หนึ่งล้านหนึ่ง});
     * documents in either form are read by {@link BahtText#read(CharSequence)}.
     */
    ROYAL_INSTITUTE,

    /**
     * {@code เอ็ด} only right after a non-zero tens digit, {@code หนึ่ง} otherwise: 11 {@code สิบเอ็ด},
     * 21 {@code ยี่สิบเอ็ด}, but 101 {@code หนึ่งร้อยหนึ่ง}, 1,000,001 {@code หนึ่งล้านหนึ่ง}, 101,000,000
     * {@code หนึ่งร้อยหนึ่งล้าน}.
     *
     * <p>The form of LibreOffice Calc's {@code BAHTTEXT} (its implementation appends {@code เอ็ด} only
     * when the tens digit of the block is non-zero), of ICU's Thai spell-out rules and of Google
     * Sheets' {@code BAHTTEXT}; also common in hand-written documents.
     */
    TENS_ONLY
}
