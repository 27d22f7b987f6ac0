// Reads QR labels with the browser's BarcodeDetector where it exists (Chrome on Android, Safari 17+);
// elsewhere the page's typed-code field does the same job.
let stream = null;
let timer = null;

export function supported() {
    return 'BarcodeDetector' in window && !!navigator.mediaDevices;
}

export async function start(video, dotnet) {
    if (!supported()) {
        return false;
    }
    const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    video.srcObject = stream;
    await video.play();
    let last = '';
    timer = setInterval(async () => {
        try {
            const codes = await detector.detect(video);
            if (codes.length > 0 && codes[0].rawValue !== last) {
                last = codes[0].rawValue;
                await dotnet.invokeMethodAsync('OnCode', last);
            }
        } catch (e) {
            // A frame that cannot be read is skipped.
        }
    }, 400);
    return true;
}

export function stop() {
    if (timer) {
        clearInterval(timer);
        timer = null;
    }
    if (stream) {
        stream.getTracks().forEach(t => t.stop());
        stream = null;
    }
}
