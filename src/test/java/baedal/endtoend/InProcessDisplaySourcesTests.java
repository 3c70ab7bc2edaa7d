package baedal.endtoend;

import baedal.display.domain.AdSource;
import baedal.display.domain.RatingSource;
import baedal.display.domain.ShopSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The display's sources as the monolith wires them: the publishers' query ports, called in process. */
class InProcessDisplaySourcesTests extends DisplaySourcesContract {

    @Autowired
    ShopSource shops;

    @Autowired
    RatingSource ratings;

    @Autowired
    AdSource ads;

    @Override
    ShopSource shops() {
        return shops;
    }

    @Override
    RatingSource ratings() {
        return ratings;
    }

    @Override
    AdSource ads() {
        return ads;
    }
}
