package baedal.review.domain;

/** The sum of the ratings of a shop's visible reviews and how many there are. */
public record RatingSum(long sum, long count) {

    /** The average rating to one decimal, 0 without reviews. */
    public double average() {
        return count == 0 ? 0.0 : Math.round(sum * 10.0 / count) / 10.0;
    }
}
