package kz.zauyt.extract.fact;

/** Growth that came with an amount: +5.2 % year on year. */
public record Change(double percent, String basis) {
}
