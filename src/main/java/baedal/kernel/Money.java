package baedal.kernel;

import org.jmolecules.ddd.types.ValueObject;

/** An amount of Korean won. Integer only: the won has no minor unit, so no rounding ever happens here. */
public record Money(long won) implements ValueObject, Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public Money {
        if (won < 0) {
            throw new IllegalArgumentException("money must not be negative: " + won);
        }
    }

    public static Money won(long won) {
        return new Money(won);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(won, other.won));
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(won, quantity));
    }

    public boolean isLessThan(Money other) {
        return won < other.won;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(won, other.won);
    }
}
