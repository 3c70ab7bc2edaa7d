package baedal.kernel;

/**
 * A menu's options given as one flat list, as before menus had option groups or by clients that still send them so,
 * are one optional group of this name: the shop publishes them so, and the display and the order module read what
 * they stored before option groups that way.
 */
public final class FlatOptions {

    public static final String GROUP = "Options";

    private FlatOptions() {}
}
