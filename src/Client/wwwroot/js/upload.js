// Progressive enhancement of the /upload form. Without this script the form is a plain
// multipart POST to /ui/upload that redirects to the artifact page (which refreshes itself until
// parsing ends). With it: the same form data goes through XHR so the upload shows a progress
// bar, then the artifact's status JSON is polled until parsing ends, then the browser navigates
// to the artifact page. Nothing here is required for the page to work.
(function () {
    "use strict";
    var form = document.querySelector("form[data-enhance=upload]");
    if (!form || !window.FormData || !window.XMLHttpRequest || !window.fetch) {
        return;
    }

    var panel = document.getElementById("upload-progress");
    var bar = panel.querySelector("progress");
    var status = document.getElementById("upload-status");
    var submit = document.getElementById("upload-submit");
    var pollDelayMs = 500;

    function say(text) {
        status.textContent = text;
    }

    function fail(text) {
        submit.disabled = false;
        bar.value = 0;
        say(text);
        status.classList.add("error");
    }

    function poll(statusUrl) {
        fetch(statusUrl, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("status " + response.status);
                }
                return response.json();
            })
            .then(function (artifact) {
                if (artifact.status === "ready" || artifact.status === "failed") {
                    say(artifact.status === "ready" ? "Ready. Opening the artifact…" : "Parsing failed. Opening the diagnostics…");
                    window.location.assign(artifact.url);
                    return;
                }
                say(artifact.status === "queued" ? "Uploaded. Waiting for a parser…" : "Parsing…");
                window.setTimeout(function () { poll(statusUrl); }, pollDelayMs);
            })
            .catch(function (error) {
                fail("Could not read the parsing status (" + error.message + "). Reload the page to try again.");
            });
    }

    form.addEventListener("submit", function (event) {
        if (!form.reportValidity()) {
            return;
        }
        event.preventDefault();
        var xhr = new XMLHttpRequest();
        xhr.open("POST", form.action);
        xhr.setRequestHeader("Accept", "application/json");
        xhr.upload.addEventListener("progress", function (e) {
            if (e.lengthComputable) {
                bar.max = e.total;
                bar.value = e.loaded;
                say("Uploading… " + Math.floor((100 * e.loaded) / e.total) + "%");
            }
        });
        xhr.addEventListener("load", function () {
            var body = null;
            try {
                body = JSON.parse(xhr.responseText);
            } catch (ignored) {
                body = null;
            }
            if (xhr.status >= 200 && xhr.status < 300 && body && body.statusUrl) {
                bar.removeAttribute("value"); // indeterminate while the server parses
                say(body.outcome === "existing" ? "Already uploaded. Checking its status…" : "Uploaded. Waiting for a parser…");
                poll(body.statusUrl);
            } else {
                fail((body && (body.detail || body.title)) || ("Upload failed (HTTP " + xhr.status + ")."));
            }
        });
        xhr.addEventListener("error", function () {
            fail("The upload did not reach the server. Check the connection and try again.");
        });
        panel.hidden = false;
        submit.disabled = true;
        status.classList.remove("error");
        say("Uploading…");
        xhr.send(new FormData(form));
    });
})();
