package io.github.krongkan.testkit;

import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.budget.LedgerEntryKind;
import io.github.krongkan.money.Baht;
import io.github.krongkan.time.FiscalYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Generators of ledgers (บัญชีคุม): the money received, then disbursements (เบิกจ่าย), obligations
 * (ก่อหนี้ผูกพัน) and returns (ส่งคืน) in date order within the fiscal year, some numbered as
 * instalments (งวด), some per network or per named party, and now and then the remaining amount.
 *
 * <p>Every ledger is consistent: disbursements and returns never pass the money received, and the
 * remaining amount, when stated, is the balance. At size 0 (and at the simplest choices) a ledger
 * has what it received and no entries.
 */
public final class LedgerGens {
    private static final List<LedgerEntryKind> KINDS = List.of(LedgerEntryKind.values());

    private LedgerGens() {}

    /**
     * Ledgers of a fiscal year, received amounts up to ten million baht, without network entries.
     *
     * @param year the fiscal year
     * @return the generator
     */
    public static Gen<Ledger> ledgers(FiscalYear year) {
        Objects.requireNonNull(year, "year");
        return (random, size) -> ledgers(
                        year,
                        List.of(),
                        Baht.ofBaht(random.nextLong(0, 1 + (long) Math.pow(10, 1 + Gen.scaled(6, size)))))
                .next(random, size);
    }

    /**
     * Ledgers of a fiscal year that received a given amount, entries now and then naming one of the
     * networks.
     *
     * @param year       the fiscal year of the entries' dates
     * @param networkIds the ids of the project's networks
     * @param received   the money received, zero or more
     * @return the generator
     */
    public static Gen<Ledger> ledgers(FiscalYear year, List<String> networkIds, Baht received) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(received, "received");
        List<String> ids = List.copyOf(networkIds);
        Gen<String> text = TextGens.text();
        return (random, size) -> {
            Ledger.Builder b = Ledger.builder().received(received);
            int count = random.nextInt(Gen.scaled(8, size) + 1);
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                dates.add(year.start().plusDays(random.nextInt(year.lengthInDays())));
            }
            dates.sort(null);
            long left = received.satang();
            int instalment = 0;
            for (LocalDate date : dates) {
                LedgerEntryKind kind = KINDS.get(random.nextInt(KINDS.size()));
                long amount;
                if (kind == LedgerEntryKind.OBLIGATION) {
                    amount = random.nextLong(1, Math.max(2, received.satang() + 1));
                } else {
                    if (left < 1) {
                        continue;
                    }
                    // the last of the money now and then: a ledger spent or returned to the last satang
                    amount = random.nextInt(5) == 4 ? left : random.nextLong(1, left + 1);
                    left -= amount;
                }
                LedgerEntry.Builder e = LedgerEntry.builder()
                        .kind(kind)
                        .amount(Baht.ofSatang(amount))
                        .date(date);
                if (kind == LedgerEntryKind.DISBURSEMENT && random.nextBoolean()) {
                    e.instalment(++instalment);
                }
                if (random.nextInt(4) == 3) {
                    e.note(text.next(random, size));
                }
                if (!ids.isEmpty() && random.nextBoolean()) {
                    e.networkId(ids.get(random.nextInt(ids.size())));
                } else if (random.nextInt(4) == 3) {
                    e.party(text.next(random, size));
                }
                b.addEntry(e.build());
            }
            Ledger ledger = b.build();
            return random.nextBoolean()
                    ? Ledger.builder().from(ledger).remaining(ledger.balance()).build()
                    : ledger;
        };
    }
}
