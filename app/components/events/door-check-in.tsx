// The check-in page's script: taps that survive a dropped network, and badges read by the
// phone's camera. Without JavaScript the page works on its own (a GET search, a POST per
// check-in); this only makes it quicker and keeps it going when the network drops.
//
// Every tap (a result's button, a badge read) is put in a queue, per event, kept in
// localStorage so a reload or a closed tab does not lose it; the queue is then sent in
// order, one tap at a time, to the taps route, which answers in JSON. A tap the server
// answered leaves the queue, whatever the answer: the server is idempotent (someone
// checked in already is a notice, not an error), so a tap sent twice does no harm. A tap
// that could not reach it (offline, fetch failed, a 5xx) stays, and the queue is sent
// again when the browser is back online, every 10 seconds while taps wait, and whenever
// the page opens. The time recorded is
// when the server receives the tap, not when it was made.
//
// The camera: only where the browser has BarcodeDetector (reading QR codes) and
// getUserMedia; elsewhere the scan button is not shown, and the search does the work.
import { useRevalidator } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { checkInSecretPattern, type DoorTap, type TapAnswer } from "~/modules/events/check-in.schemas";

type QueuedTap = { id: string; tap: DoorTap };

const queueKey = (eventId: string) => `check-in-queue:${eventId}`;
/** The queue as this page knows it; localStorage holds a copy that outlives the page. */
const queues = new Map<string, QueuedTap[]>();

function isQueuedTap(item: unknown): item is QueuedTap {
  const { id, tap } = (item ?? {}) as Partial<QueuedTap>;
  return typeof id === "string" && typeof tap === "object" && tap !== null && (typeof (tap as { registrationId?: unknown }).registrationId === "string" || typeof (tap as { secret?: unknown }).secret === "string");
}

function readQueue(eventId: string): QueuedTap[] {
  let queue = queues.get(eventId);
  if (!queue) {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(queueKey(eventId)) ?? "[]");
      queue = Array.isArray(stored) ? stored.filter(isQueuedTap) : [];
    } catch {
      queue = [];
    }
    queues.set(eventId, queue);
  }
  return queue;
}

function writeQueue(eventId: string, queue: QueuedTap[]) {
  queues.set(eventId, queue);
  try {
    if (queue.length > 0) localStorage.setItem(queueKey(eventId), JSON.stringify(queue));
    else localStorage.removeItem(queueKey(eventId));
  } catch {
    // Storage refused (private browsing, full): the queue lasts as long as the page.
  }
}

type Sent = TapAnswer | "unreachable" | "signedOut";

async function sendTap(url: string, tap: DoorTap): Promise<Sent> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", body: new URLSearchParams(tap), redirect: "manual", headers: { Accept: "application/json" } });
  } catch {
    return "unreachable";
  }
  // Sent to sign in (the session ended) or refused: the tap waits for someone signed in.
  if (response.type === "opaqueredirect" || response.status === 401 || response.status === 403) return "signedOut";
  if (response.status >= 500) return "unreachable";
  try {
    return (await response.json()) as TapAnswer;
  } catch {
    return "unreachable";
  }
}

const sameTap = (a: DoorTap, b: DoorTap) => JSON.stringify(a) === JSON.stringify(b);

const retryEveryMs = 10_000;

/**
 * Taps for one event: `tap` queues one and sends the queue; `waiting` is how many are not
 * sent yet; `answers` the server's last answers, newest first.
 */
export function useDoorTaps(eventId: string, tapsUrl: string) {
  const revalidator = useRevalidator();
  const revalidate = useRef(revalidator.revalidate);
  revalidate.current = revalidator.revalidate;
  const [waiting, setWaiting] = useState(0);
  const [answers, setAnswers] = useState<TapAnswer[]>([]);
  const [signedOut, setSignedOut] = useState(false);
  // One sending at a time, in order: each call waits for the one before.
  const sending = useRef(Promise.resolve());

  const sendQueued = useCallback(async () => {
    let answered = false;
    while (navigator.onLine !== false) {
      const next = readQueue(eventId)[0];
      if (!next) break;
      const sent = await sendTap(tapsUrl, next.tap);
      if (sent === "unreachable") break;
      if (sent === "signedOut") {
        setSignedOut(true);
        break;
      }
      setSignedOut(false);
      writeQueue(eventId, readQueue(eventId).filter((item) => item.id !== next.id));
      answered = true;
      setAnswers((shown) => [sent, ...shown].slice(0, 5));
    }
    setWaiting(readQueue(eventId).length);
    // The counts and the results as they now are.
    if (answered) revalidate.current();
  }, [eventId, tapsUrl]);

  const send = useCallback(() => {
    sending.current = sending.current.then(sendQueued);
    return sending.current;
  }, [sendQueued]);

  const tap = useCallback(
    (tap: DoorTap) => {
      const queue = readQueue(eventId);
      if (!queue.some((item) => sameTap(item.tap, tap))) writeQueue(eventId, [...queue, { id: `${Date.now()}-${Math.random().toString(36).slice(2)}`, tap }]);
      setWaiting(readQueue(eventId).length);
      return send();
    },
    [eventId, send],
  );

  // A badge's code that is not a check-in secret (another QR code) is answered here.
  const scanned = useCallback(
    (code: string) => (checkInSecretPattern.test(code) ? tap({ secret: code }) : setAnswers((shown) => [{ outcome: "notFound" as const }, ...shown].slice(0, 5))),
    [tap],
  );

  useEffect(() => {
    void send();
    window.addEventListener("online", send);
    return () => window.removeEventListener("online", send);
  }, [send]);

  // A network that failed without the browser noticing (a weak signal: still "online"):
  // taps still waiting are tried again every little while.
  useEffect(() => {
    if (waiting === 0) return;
    const retry = setInterval(send, retryEveryMs);
    return () => clearInterval(retry);
  }, [waiting, send]);

  return { tap, scanned, waiting, answers, signedOut };
}

/** What the door is told of one answer, in the reader's language. */
export function useTapMessage() {
  const { t } = useTranslation("check-in");
  return (answer: TapAnswer) => {
    switch (answer.outcome) {
      case "checkedIn":
        return t("answers.checkedIn", { name: answer.name });
      case "alreadyCheckedIn":
        return answer.time ? t("answers.alreadyCheckedIn", { name: answer.name, time: answer.time }) : t("answers.alreadyCheckedInNoTime", { name: answer.name });
      case "notConfirmed":
        return `${t("answers.notConfirmed", { name: answer.name })} ${t(`reasons.${answer.status}`)}`;
      case "notFound":
        return t("answers.notFound");
      default:
        return t("answers.invalid");
    }
  };
}

const answerTone = { checkedIn: "ok", alreadyCheckedIn: "already", notConfirmed: "refused", notFound: "refused", invalid: "refused" } as const;

/** The door's answers and its queue, announced as they come (a status region). */
export function DoorAnswers({ answers, waiting, signedOut }: { answers: TapAnswer[]; waiting: number; signedOut: boolean }) {
  const { t } = useTranslation("check-in");
  const message = useTapMessage();
  const [latest, ...earlier] = answers;
  return (
    <div role="status" className="door__answers">
      {latest ? <p className={`door__answer door__answer--${answerTone[latest.outcome]}`}>{message(latest)}</p> : null}
      {waiting > 0 ? <p className="door__queue">{t("queue.waiting", { count: waiting })}</p> : null}
      {signedOut ? <p className="door__queue">{t("queue.signedOut")}</p> : null}
      {earlier.length > 0 ? (
        <ul className="door__earlier">
          {earlier.map((answer, index) => (
            <li key={index}>{message(answer)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
type DetectorClass = { new (options: { formats: string[] }): Detector; getSupportedFormats(): Promise<string[]> };

/** The browser's BarcodeDetector, if it has one (Chrome on Android does; most desktop browsers and Safari do not yet). */
const barcodeDetector = () => (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;

/**
 * "Scan a badge": the back camera in a video, read a few times a second for a QR code.
 * Shown only where the browser can do it; the same code held in view is read once.
 */
export function ScanBadge({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation("check-in");
  const [supported, setSupported] = useState(false);
  const [state, setState] = useState<"off" | "on" | "refused">("off");
  const video = useRef<HTMLVideoElement>(null);
  const stopCamera = useRef<() => void>(() => {});
  const handle = useRef(onCode);
  handle.current = onCode;

  useEffect(() => {
    const Detector = barcodeDetector();
    const devices = navigator.mediaDevices;
    if (!Detector || !devices?.getUserMedia) return;
    // A detector that reads QR codes, and a camera to read them with.
    Promise.all([Detector.getSupportedFormats(), devices.enumerateDevices()]).then(
      ([formats, found]) => setSupported(formats.includes("qr_code") && found.some((device) => device.kind === "videoinput")),
      () => setSupported(false),
    );
    return () => stopCamera.current();
  }, []);

  const start = async () => {
    const Detector = barcodeDetector();
    const element = video.current;
    if (!Detector || !element) return;
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
    } catch {
      setState("refused");
      return;
    }
    element.srcObject = stream;
    await element.play().catch(() => undefined);
    const detector = new Detector({ formats: ["qr_code"] });
    let running = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = { code: "", at: 0 };
    const look = async () => {
      const [found] = await detector.detect(element).catch(() => []);
      if (!running) return;
      const now = Date.now();
      if (found && (found.rawValue !== last.code || now - last.at > 5000)) {
        last = { code: found.rawValue, at: now };
        handle.current(found.rawValue);
      }
      timer = setTimeout(look, 200);
    };
    stopCamera.current = () => {
      running = false;
      clearTimeout(timer);
      for (const track of stream.getTracks()) track.stop();
      element.srcObject = null;
      stopCamera.current = () => {};
      setState("off");
    };
    setState("on");
    void look();
  };

  if (!supported) return null;
  return (
    <div className="door__scan">
      {state === "on" ? (
        <button type="button" className="door__big-button button--secondary" onClick={() => stopCamera.current()}>
          {t("scan.stop")}
        </button>
      ) : (
        <button type="button" className="door__big-button" onClick={() => void start()}>
          {t("scan.start")}
        </button>
      )}
      {state === "refused" ? <p className="field-errors">{t("scan.refused")}</p> : null}
      <video ref={video} className="door__camera" hidden={state !== "on"} muted playsInline aria-label={t("scan.camera")} />
    </div>
  );
}
