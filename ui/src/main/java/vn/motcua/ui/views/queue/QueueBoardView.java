package vn.motcua.ui.views.queue;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.counter.EquipmentKind;
import vn.motcua.core.queue.BoardView;
import vn.motcua.core.queue.DeviceService;
import vn.motcua.core.queue.DeviceSession;
import vn.motcua.core.queue.QueueBoard;
import vn.motcua.core.queue.QueueSignals;
import vn.motcua.ui.security.PublicPage;
import vn.motcua.ui.views.Texts;

/**
 * Bảng hiển thị số: the number each counter serves, the last numbers called and how many wait per field, redrawn by
 * Vaadin Push as soon as a counter calls. Each call is announced in the browser in the order it came: a chime, then
 * the announcement spoken by the browser's speech synthesis when it has a Vietnamese voice; the text is always shown
 * large (a board without a voice still shows it).
 */
@Route("thiet-bi/bang-so")
@PublicPage
@Prototype
public class QueueBoardView extends DevicePage {
    /**
     * The board's announcer: calls wait in a queue and are played one after another (chime, then the Vietnamese
     * voice if the browser has one, else a pause), so two quick calls are both heard, in order.
     */
    static final String ANNOUNCER = """
            if (!window.motcuaAnnounce) {
              const queue = [];
              let busy = false;
              const chime = () => new Promise(done => {
                try {
                  const ctx = new (window.AudioContext || window.webkitAudioContext)();
                  [[880, 0], [660, 0.35]].forEach(([f, at]) => {
                    const o = ctx.createOscillator(), g = ctx.createGain();
                    o.frequency.value = f; o.connect(g); g.connect(ctx.destination);
                    g.gain.setValueAtTime(0.25, ctx.currentTime + at);
                    g.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + at + 0.3);
                    o.start(ctx.currentTime + at); o.stop(ctx.currentTime + at + 0.32);
                  });
                  setTimeout(done, 750);
                } catch (e) { done(); }
              });
              const speak = (text, voiceOn) => new Promise(done => {
                const synth = window.speechSynthesis;
                const voice = synth ? synth.getVoices().find(v => (v.lang || '').toLowerCase().startsWith('vi')) : null;
                if (!voiceOn || !voice) { setTimeout(done, 2500); return; }
                const u = new SpeechSynthesisUtterance(text);
                u.voice = voice; u.lang = voice.lang; u.rate = 0.9;
                u.onend = done; u.onerror = done;
                synth.speak(u);
              });
              const next = async () => {
                if (busy) return;
                busy = true;
                while (queue.length) {
                  const [text, voiceOn] = queue.shift();
                  window.motcuaAnnounced = (window.motcuaAnnounced || []).concat([text]);
                  await chime();
                  await speak(text, voiceOn);
                }
                busy = false;
              };
              window.motcuaAnnounce = (text, voiceOn) => { queue.push([text, voiceOn]); next(); };
            }""";

    final H1 center = new H1();
    final H2 announcement = new H2();
    final Div counters = new Div();
    final VerticalLayout lastCalls = new VerticalLayout();
    final Div waiting = new Div();
    private final QueueBoard board;
    private boolean voiceOn;

    public QueueBoardView(DeviceService devices, QueueSignals signals, BusinessTime time, QueueBoard board) {
        super(devices, signals, time, EquipmentKind.DISPLAY_BOARD);
        this.board = board;
        setSizeFull();
        announcement.setId("board-announcement");
        announcement.getStyle().set("font-size", "3em").set("color", "var(--lumo-primary-text-color)").set("min-height", "1.3em");
        counters.setId("board-counters");
        counters.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(14em, 1fr))")
                .set("gap", "1em").set("width", "100%");
        lastCalls.setId("board-last-calls");
        lastCalls.setWidth("22em");
        waiting.setId("board-waiting");
        HorizontalLayout middle = new HorizontalLayout(counters, lastCalls);
        middle.setWidthFull();
        middle.setFlexGrow(1, counters);
        add(center, announcement, middle, waiting);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().executeJs(ANNOUNCER);
    }

    @Override
    void show(DeviceSession device) {
        BoardView view = board.board(device);
        voiceOn = view.voiceOn();
        center.setText(view.centerName());
        counters.removeAll();
        for (BoardView.CounterLine line : view.counters()) {
            Div box = new Div();
            box.setId("board-counter-" + line.number());
            box.getStyle().set("border", "2px solid var(--lumo-contrast-30pct)").set("border-radius", "0.5em")
                    .set("padding", "0.5em 1em").set("text-align", "center");
            Span label = new Span(Texts.t("board.counter", line.number()));
            label.getStyle().set("display", "block").set("font-size", "1.4em");
            Span serving = new Span(line.serving() == null ? Texts.t("board.idle") : line.serving());
            serving.getStyle().set("display", "block").set("font-size", line.serving() == null ? "1.4em" : "3.5em")
                    .set("font-weight", "bold");
            box.add(label, serving);
            counters.add(box);
        }
        lastCalls.removeAll();
        lastCalls.add(new H2(Texts.t("board.lastCalls")));
        for (BoardView.Call call : view.lastCalls()) {
            Span line = new Span(Texts.t("board.call", call.number(), call.counter()));
            line.getStyle().set("font-size", "1.8em");
            lastCalls.add(line);
        }
        waiting.removeAll();
        for (BoardView.FieldWaiting w : view.waiting()) {
            Span line = new Span(Texts.t("board.waiting", w.field(), w.waiting()));
            line.getStyle().set("font-size", "1.4em").set("margin-right", "2em");
            waiting.add(line);
        }
    }

    @Override
    void heard(DeviceSession device, QueueSignals.Signal signal) {
        show(device);
        if (signal.kind() == QueueSignals.Kind.CALLED || signal.kind() == QueueSignals.Kind.RECALLED) {
            announcement.setText(signal.announcement());
            getElement().executeJs("window.motcuaAnnounce && window.motcuaAnnounce($0, $1)", signal.announcement(), voiceOn);
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.t("board.title");
    }
}
