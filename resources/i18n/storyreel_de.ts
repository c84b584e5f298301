<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>AudioPlayer</name>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Abspielen</translation>
        </message>
        <message>
            <source>Play or pause the clip</source>
            <translation>Clip abspielen oder anhalten</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
    </context>
    <context>
        <name>BalanceLabel</name>
        <message>
            <source>Balance unavailable</source>
            <translation>Guthaben nicht verfügbar</translation>
        </message>
        <message>
            <source>Balance: {amount}</source>
            <translation>Guthaben: {amount}</translation>
        </message>
        <message>
            <source>RunComfy balance</source>
            <translation>RunComfy-Guthaben</translation>
        </message>
        <message>
            <source>RunComfy's balance could not be read just now. It is read again after the next finished job.</source>
            <translation>Das RunComfy-Guthaben konnte gerade nicht gelesen werden. Es wird nach dem nächsten fertigen Auftrag erneut gelesen.</translation>
        </message>
        <message>
            <source>Your RunComfy balance, read again after each finished job.</source>
            <translation>Ihr RunComfy-Guthaben, nach jedem fertigen Auftrag neu gelesen.</translation>
        </message>
    </context>
    <context>
        <name>BoardEditing</name>
        <message numerus="yes">
            <source>%n frames added.</source>
            <translation>
                <numerusform>%n Bild hinzugefügt.</numerusform>
                <numerusform>%n Bilder hinzugefügt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots now use {model}.</source>
            <translation>
                <numerusform>%n Shot verwendet jetzt {model}.</numerusform>
                <numerusform>%n Shots verwenden jetzt {model}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add frames</source>
            <translation>Bilder hinzufügen</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Apply settings and prompt to all shots</source>
            <translation>Einstellungen und Prompt auf alle Shots anwenden</translation>
        </message>
        <message>
            <source>Apply settings to all shots</source>
            <translation>Einstellungen auf alle Shots anwenden</translation>
        </message>
        <message>
            <source>Change the model of shot {n}</source>
            <translation>Modell von Shot {n} ändern</translation>
        </message>
        <message>
            <source>Change the settings of shot {n}</source>
            <translation>Einstellungen von Shot {n} ändern</translation>
        </message>
        <message>
            <source>Cut one clip per frame</source>
            <translation>Einen Clip pro Bild schneiden</translation>
        </message>
        <message>
            <source>Cut one clip per pair of frames</source>
            <translation>Einen Clip pro Bildpaar schneiden</translation>
        </message>
        <message>
            <source>Duplicate frame {n}</source>
            <translation>Bild {n} duplizieren</translation>
        </message>
        <message>
            <source>Edit the prompt of shot {n}</source>
            <translation>Prompt von Shot {n} bearbeiten</translation>
        </message>
        <message>
            <source>Frame {n} ({name}) removed.</source>
            <translation>Bild {n} ({name}) entfernt.</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Left out {names}: not image files (PNG, JPEG, WebP, BMP, GIF or TIFF).</source>
            <translation>{names} ausgelassen: keine Bilddateien (PNG, JPEG, WebP, BMP, GIF oder TIFF).</translation>
        </message>
        <message>
            <source>No images were found in the dropped folder.</source>
            <translation>Im abgelegten Ordner wurden keine Bilder gefunden.</translation>
        </message>
        <message>
            <source>Remove frame {n}</source>
            <translation>Bild {n} entfernen</translation>
        </message>
        <message numerus="yes">
            <source>Shots {numbers} took the prompt and settings of the shot that began on the same frame.</source>
            <translation>
                <numerusform>Shot {numbers} hat Prompt und Einstellungen des Shots übernommen, der mit demselben Bild begann.</numerusform>
                <numerusform>Die Shots {numbers} haben Prompt und Einstellungen des Shots übernommen, der mit demselben Bild begann.</numerusform>
            </translation>
        </message>
        <message>
            <source>The clipboard holds no image files: copy them in your file manager, or drop them on the strip.</source>
            <translation>Die Zwischenablage enthält keine Bilddateien: Kopieren Sie sie im Dateimanager oder ziehen Sie sie auf den Streifen.</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>{model} verwenden</translation>
        </message>
        <message numerus="yes">
            <source>{model} and these settings now apply to all %n shots; each keeps its prompt.</source>
            <translation>
                <numerusform>{model} und diese Einstellungen gelten jetzt für %n Shot; er behält seinen Prompt.</numerusform>
                <numerusform>{model} und diese Einstellungen gelten jetzt für alle %n Shots; jeder behält seinen Prompt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{model}, these settings and this prompt now apply to all %n shots.</source>
            <translation>
                <numerusform>{model}, diese Einstellungen und dieser Prompt gelten jetzt für %n Shot.</numerusform>
                <numerusform>{model}, diese Einstellungen und dieser Prompt gelten jetzt für alle %n Shots.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardSync</name>
        <message numerus="yes">
            <source>%n frames</source>
            <translation>
                <numerusform>%n Bild</numerusform>
                <numerusform>%n Bilder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots</source>
            <translation>
                <numerusform>%n Shot</numerusform>
                <numerusform>%n Shots</numerusform>
            </translation>
        </message>
        <message>
            <source>One clip per frame instead</source>
            <translation>Stattdessen ein Clip pro Bild</translation>
        </message>
        <message>
            <source>Select a shot to see its settings.</source>
            <translation>Wählen Sie einen Shot, um seine Einstellungen zu sehen.</translation>
        </message>
        <message>
            <source>Shot {n} of {count} · {frames}</source>
            <translation>Shot {n} von {count} · {frames}</translation>
        </message>
        <message>
            <source>Takes ({n})…</source>
            <translation>Takes ({n})…</translation>
        </message>
        <message>
            <source>Takes…</source>
            <translation>Takes…</translation>
        </message>
        <message>
            <source>This storyboard has no file yet: Save gives it one.</source>
            <translation>Dieses Storyboard hat noch keine Datei: Speichern legt eine an.</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>{model} verwenden</translation>
        </message>
        <message>
            <source>frame {n}</source>
            <translation>Bild {n}</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>noch nicht gespeichert</translation>
        </message>
        <message>
            <source>saved</source>
            <translation>gespeichert</translation>
        </message>
        <message>
            <source>saving…</source>
            <translation>wird gespeichert…</translation>
        </message>
        <message>
            <source>{done} of {shots} rendered</source>
            <translation>{done} von {shots} gerendert</translation>
        </message>
        <message>
            <source>{message} One clip per pair of frames goes from a first frame to a last frame, so consecutive clips meet where the frames meet (shots {numbers}).</source>
            <translation>{message} Ein Clip pro Bildpaar führt von einem Startbild zu einem Endbild, sodass aufeinanderfolgende Clips dort zusammentreffen, wo die Bilder es tun (Shots {numbers}).</translation>
        </message>
        <message>
            <source>{s} s</source>
            <translation>{s} s</translation>
        </message>
    </context>
    <context>
        <name>BoardTakes</name>
        <message>
            <source>No takes yet: generate this shot, or ask for variations.</source>
            <translation>Noch keine Takes: Generieren Sie diesen Shot oder fordern Sie Variationen an.</translation>
        </message>
        <message>
            <source>Takes of shot {n}</source>
            <translation>Takes von Shot {n}</translation>
        </message>
        <message>
            <source>The sequence now plays this take.</source>
            <translation>Die Sequenz spielt jetzt diesen Take ab.</translation>
        </message>
    </context>
    <context>
        <name>CapFields</name>
        <message>
            <source>A paid job that would pass a cap is not sent: Storyreel asks you first. Free previews never count.</source>
            <translation>Ein bezahlter Auftrag, der ein Limit überschreiten würde, wird nicht gesendet: Storyreel fragt Sie zuerst. Gratis-Vorschauen zählen nie.</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>Pro Tag</translation>
        </message>
        <message>
            <source>Per storyboard render</source>
            <translation>Pro Storyboard-Rendering</translation>
        </message>
        <message>
            <source>Spending caps</source>
            <translation>Ausgabenlimits</translation>
        </message>
    </context>
    <context>
        <name>CompareCanvas</name>
        <message>
            <source>The two takes</source>
            <translation>Die beiden Takes</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare takes</source>
            <translation>Takes vergleichen</translation>
        </message>
        <message>
            <source>Frame ▶</source>
            <translation>Bild ▶</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Abspielen</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Show the takes one over the other, split by a line</source>
            <translation>Die Takes übereinander zeigen, durch eine Linie geteilt</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>Nebeneinander</translation>
        </message>
        <message>
            <source>Wipe</source>
            <translation>Wischblende</translation>
        </message>
        <message>
            <source>Wipe line</source>
            <translation>Wischlinie</translation>
        </message>
        <message>
            <source>◀ Frame</source>
            <translation>◀ Bild</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>Fetching the image was cancelled.</source>
            <translation>Das Abrufen des Bildes wurde abgebrochen.</translation>
        </message>
        <message>
            <source>RunComfy could not be reached, so the key is not checked yet: {reason}</source>
            <translation>RunComfy war nicht erreichbar, daher ist der Schlüssel noch nicht geprüft: {reason}</translation>
        </message>
        <message>
            <source>RunComfy refused this key: it may be mistyped, expired or revoked. Copy it again from your RunComfy profile.</source>
            <translation>RunComfy hat diesen Schlüssel abgelehnt: Er ist vielleicht falsch eingegeben, abgelaufen oder widerrufen. Kopieren Sie ihn erneut aus Ihrem RunComfy-Profil.</translation>
        </message>
        <message>
            <source>RunComfy's list of models is up to date.</source>
            <translation>Die Modellliste von RunComfy ist aktuell.</translation>
        </message>
        <message>
            <source>Some of its models cannot be offered; the reasons are in the log (Help → Copy diagnostics).</source>
            <translation>Einige seiner Modelle können nicht angeboten werden; die Gründe stehen im Protokoll (Hilfe → Diagnose kopieren).</translation>
        </message>
        <message>
            <source>Some unfinished jobs cannot be followed yet: {reason}</source>
            <translation>Einige unfertige Aufträge können noch nicht verfolgt werden: {reason}</translation>
        </message>
        <message>
            <source>Something went wrong: {error}. The details are in the log (Help → Copy diagnostics).</source>
            <translation>Etwas ist schiefgegangen: {error}. Die Einzelheiten stehen im Protokoll (Hilfe → Diagnose kopieren).</translation>
        </message>
        <message>
            <source>Storyreel is still starting: try again in a moment.</source>
            <translation>Storyreel startet noch: Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>The key could not be checked: {reason}</source>
            <translation>Der Schlüssel konnte nicht geprüft werden: {reason}</translation>
        </message>
        <message>
            <source>The key works: RunComfy accepted it.</source>
            <translation>Der Schlüssel funktioniert: RunComfy hat ihn akzeptiert.</translation>
        </message>
        <message>
            <source>This job could not be cancelled: it has already started generating, and only jobs still waiting in the queue can be cancelled.</source>
            <translation>Dieser Auftrag konnte nicht abgebrochen werden: Die Generierung hat bereits begonnen, und nur Aufträge, die noch in der Warteschlange warten, lassen sich abbrechen.</translation>
        </message>
        <message>
            <source>Unfinished jobs could not be picked up: the details are in the log (Help → Copy diagnostics).</source>
            <translation>Unfertige Aufträge konnten nicht übernommen werden: Die Einzelheiten stehen im Protokoll (Hilfe → Diagnose kopieren).</translation>
        </message>
        <message>
            <source>{problem} The models known before are offered.</source>
            <translation>{problem} Die bisher bekannten Modelle werden angeboten.</translation>
        </message>
    </context>
    <context>
        <name>DocumentFlow</name>
        <message numerus="yes">
            <source>%n shots picked up clips that finished while it was closed.</source>
            <translation>
                <numerusform>%n Shot hat Clips übernommen, die fertig wurden, während es geschlossen war.</numerusform>
                <numerusform>%n Shots haben Clips übernommen, die fertig wurden, während es geschlossen war.</numerusform>
            </translation>
        </message>
        <message>
            <source>A new, empty storyboard: drop frames on the strip to begin.</source>
            <translation>Ein neues, leeres Storyboard: Ziehen Sie Bilder auf den Streifen, um zu beginnen.</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>Nicht speichern</translation>
        </message>
        <message numerus="yes">
            <source>It has %n frames. Save it to keep its frames, settings and clips together; its rendered clips stay in your library either way.</source>
            <translation>
                <numerusform>Es hat %n Bild. Speichern Sie es, um Bilder, Einstellungen und Clips zusammenzuhalten; die gerenderten Clips bleiben so oder so in Ihrer Bibliothek.</numerusform>
                <numerusform>Es hat %n Bilder. Speichern Sie es, um Bilder, Einstellungen und Clips zusammenzuhalten; die gerenderten Clips bleiben so oder so in Ihrer Bibliothek.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open storyboard</source>
            <translation>Storyboard öffnen</translation>
        </message>
        <message>
            <source>Opened {name}.</source>
            <translation>{name} geöffnet.</translation>
        </message>
        <message>
            <source>Save storyboard as</source>
            <translation>Storyboard speichern unter</translation>
        </message>
        <message>
            <source>Save the storyboard?</source>
            <translation>Storyboard speichern?</translation>
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation>{path} gespeichert.</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Speichern…</translation>
        </message>
        <message>
            <source>Storyboards (*.storyboard.json *.json)</source>
            <translation>Storyboards (*.storyboard.json *.json)</translation>
        </message>
        <message>
            <source>Storyboards (*.storyboard.json)</source>
            <translation>Storyboards (*.storyboard.json)</translation>
        </message>
        <message numerus="yes">
            <source>The image files of frames {numbers} are missing.</source>
            <translation>
                <numerusform>Die Bilddatei von Bild {numbers} fehlt.</numerusform>
                <numerusform>Die Bilddateien der Bilder {numbers} fehlen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The storyboard could not be saved to {path}: {error}</source>
            <translation>Das Storyboard konnte nicht unter {path} gespeichert werden: {error}</translation>
        </message>
        <message>
            <source>The storyboard is not saved in a file yet.</source>
            <translation>Das Storyboard ist noch nicht in einer Datei gespeichert.</translation>
        </message>
        <message>
            <source>The storyboard {path} cannot be opened: {error}</source>
            <translation>Das Storyboard {path} kann nicht geöffnet werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>DropZone</name>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Bring back the image that was here before.</source>
            <translation>Das Bild zurückholen, das vorher hier war.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wird geprüft…</translation>
        </message>
        <message>
            <source>Choose {subject}</source>
            <translation>{subject} wählen</translation>
        </message>
        <message>
            <source>Drop zone for {subject}</source>
            <translation>Ablagefeld für {subject}</translation>
        </message>
        <message>
            <source>Drop {subject} here · or click to choose · Ctrl+V to paste</source>
            <translation>{subject} hier ablegen · oder klicken zum Auswählen · Strg+V zum Einfügen</translation>
        </message>
        <message>
            <source>Fetching {name}…</source>
            <translation>{name} wird abgerufen…</translation>
        </message>
        <message>
            <source>Frame…</source>
            <translation>Ausschnitt…</translation>
        </message>
        <message>
            <source>Frame…: choose the part of the picture the shot keeps, at the shot's aspect ratio.</source>
            <translation>Ausschnitt…: Wählen Sie den Teil des Bildes, den der Shot behält, im Seitenverhältnis des Shots.</translation>
        </message>
        <message>
            <source>Hide the rules</source>
            <translation>Regeln ausblenden</translation>
        </message>
        <message>
            <source>Images ({patterns})</source>
            <translation>Bilder ({patterns})</translation>
        </message>
        <message>
            <source>No preview</source>
            <translation>Keine Vorschau</translation>
        </message>
        <message>
            <source>Only one image fits here; the first of the {count} was used.</source>
            <translation>Hier passt nur ein Bild; das erste der {count} wurde verwendet.</translation>
        </message>
        <message>
            <source>Remove image</source>
            <translation>Bild entfernen</translation>
        </message>
        <message>
            <source>Remove this image (Delete)</source>
            <translation>Dieses Bild entfernen (Entf)</translation>
        </message>
        <message>
            <source>Restore previous</source>
            <translation>Vorheriges wiederherstellen</translation>
        </message>
        <message>
            <source>Show every rule this image was checked against</source>
            <translation>Alle Regeln anzeigen, gegen die dieses Bild geprüft wurde</translation>
        </message>
        <message>
            <source>Show the rules</source>
            <translation>Regeln anzeigen</translation>
        </message>
        <message>
            <source>The clipboard holds no image, image file or image URL.</source>
            <translation>Die Zwischenablage enthält kein Bild, keine Bilddatei und keine Bild-URL.</translation>
        </message>
        <message>
            <source>an image</source>
            <translation>ein Bild</translation>
        </message>
        <message>
            <source>{name} cannot be read ({error}).</source>
            <translation>{name} kann nicht gelesen werden ({error}).</translation>
        </message>
    </context>
    <context>
        <name>EngineChoice</name>
        <message>
            <source>Add your RunComfy API key in Settings to generate with RunComfy.</source>
            <translation>Tragen Sie Ihren RunComfy-API-Schlüssel in den Einstellungen ein, um mit RunComfy zu generieren.</translation>
        </message>
    </context>
    <context>
        <name>EngineSwitch</name>
        <message>
            <source>Engine</source>
            <translation>Engine</translation>
        </message>
        <message>
            <source>Engine:</source>
            <translation>Engine:</translation>
        </message>
        <message>
            <source>Free local motion sketches from your frames: not AI generation.</source>
            <translation>Kostenlose lokale Bewegungsskizzen aus Ihren Bildern: keine KI-Generierung.</translation>
        </message>
        <message>
            <source>Offline preview</source>
            <translation>Offline-Vorschau</translation>
        </message>
        <message>
            <source>Real generation with Seedance and Dreamina on RunComfy: paid per clip.</source>
            <translation>Echte Generierung mit Seedance und Dreamina auf RunComfy: pro Clip bezahlt.</translation>
        </message>
        <message>
            <source>RunComfy</source>
            <translation>RunComfy</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source> It asked to wait {seconds} s.</source>
            <translation> Es bat, {seconds} s zu warten.</translation>
        </message>
        <message>
            <source> RunComfy said: {message}</source>
            <translation> RunComfy meldete: {message}</translation>
        </message>
        <message>
            <source>'{request}' is not a valid RunComfy request id: request ids are 1 to 128 letters, digits, '-' or '_'.</source>
            <translation>'{request}' ist keine gültige RunComfy-Anfrage-ID: Anfrage-IDs bestehen aus 1 bis 128 Buchstaben, Ziffern, '-' oder '_'.</translation>
        </message>
        <message>
            <source>'{text}' is not a date: write it as year-month-day, for example 2026-03-31.</source>
            <translation>'{text}' ist kein Datum: Schreiben Sie es als Jahr-Monat-Tag, zum Beispiel 2026-03-31.</translation>
        </message>
        <message>
            <source>'{text}' is not a job state; choose from {known}.</source>
            <translation>'{text}' ist kein Auftragsstatus; wählen Sie aus {known}.</translation>
        </message>
        <message>
            <source>1 entry given; at least {low} needed.</source>
            <translation>1 Eintrag angegeben; mindestens {low} nötig.</translation>
        </message>
        <message>
            <source>1 entry given; at most {high} allowed.</source>
            <translation>1 Eintrag angegeben; höchstens {high} erlaubt.</translation>
        </message>
        <message>
            <source>Another Storyreel is following this job: retry its download there, or close that Storyreel first.</source>
            <translation>Ein anderes Storyreel verfolgt diesen Auftrag: Wiederholen Sie den Download dort, oder schließen Sie zuerst dieses Storyreel.</translation>
        </message>
        <message>
            <source>Another Storyreel took this job over while this one was not responding; it follows the job from now on.</source>
            <translation>Ein anderes Storyreel hat diesen Auftrag übernommen, während dieses nicht reagierte; es verfolgt den Auftrag ab jetzt.</translation>
        </message>
        <message>
            <source>Cancelling request {request}</source>
            <translation>Abbrechen der Anfrage {request}</translation>
        </message>
        <message>
            <source>Checking request {request}</source>
            <translation>Prüfen der Anfrage {request}</translation>
        </message>
        <message>
            <source>Could not connect to fetch {url}: {reason}.</source>
            <translation>Keine Verbindung zum Abrufen von {url}: {reason}.</translation>
        </message>
        <message>
            <source>Could not save {url} in {folder}: {reason}.</source>
            <translation>{url} konnte nicht in {folder} gespeichert werden: {reason}.</translation>
        </message>
        <message>
            <source>Entry number {number} of RunComfy's catalogue has no usable model id; it is left out.</source>
            <translation>Eintrag Nummer {number} im Katalog von RunComfy hat keine verwendbare Modell-ID; er wird ausgelassen.</translation>
        </message>
        <message>
            <source>Entry number {number} of RunComfy's catalogue is not a model description; it is left out.</source>
            <translation>Eintrag Nummer {number} im Katalog von RunComfy ist keine Modellbeschreibung; er wird ausgelassen.</translation>
        </message>
        <message>
            <source>Entry {name} of RunComfy's catalogue has no usable model id; it is left out.</source>
            <translation>Eintrag {name} im Katalog von RunComfy hat keine verwendbare Modell-ID; er wird ausgelassen.</translation>
        </message>
        <message>
            <source>Expected a value of type {type}.</source>
            <translation>Erwartet wird ein Wert vom Typ {type}.</translation>
        </message>
        <message>
            <source>Expected {wanted}.</source>
            <translation>Erwartet wird {wanted}.</translation>
        </message>
        <message>
            <source>Fetching {url} failed: {reason}.</source>
            <translation>Der Abruf von {url} ist fehlgeschlagen: {reason}.</translation>
        </message>
        <message>
            <source>Fetching {url} took longer than {seconds} s, so Storyreel stopped. The server may be very slow: try again later, or save the image and use the file.</source>
            <translation>Der Abruf von {url} dauerte länger als {seconds} s, daher hat Storyreel abgebrochen. Der Server ist vielleicht sehr langsam: Versuchen Sie es später erneut, oder speichern Sie das Bild und verwenden Sie die Datei.</translation>
        </message>
        <message>
            <source>Frame {number} ({name})</source>
            <translation>Bild {number} ({name})</translation>
        </message>
        <message>
            <source>Free local preview: a motion sketch from your frames, not AI generation.</source>
            <translation>Kostenlose lokale Vorschau: eine Bewegungsskizze aus Ihren Bildern, keine KI-Generierung.</translation>
        </message>
        <message>
            <source>Its choices are not all of one type ({kind}); each choice is sent exactly as the schema lists it.</source>
            <translation>Seine Auswahlmöglichkeiten haben nicht alle denselben Typ ({kind}); jede wird genau so gesendet, wie das Schema sie aufführt.</translation>
        </message>
        <message>
            <source>Its choices are not all of one type; each choice is sent exactly as the schema lists it.</source>
            <translation>Seine Auswahlmöglichkeiten haben nicht alle denselben Typ; jede wird genau so gesendet, wie das Schema sie aufführt.</translation>
        </message>
        <message>
            <source>Its choices are not plain values; the value is typed as JSON.</source>
            <translation>Seine Auswahlmöglichkeiten sind keine einfachen Werte; der Wert wird als JSON eingegeben.</translation>
        </message>
        <message>
            <source>Its default does not fit its own schema; it is left unset.</source>
            <translation>Sein Standardwert passt nicht zu seinem eigenen Schema; er bleibt leer.</translation>
        </message>
        <message>
            <source>Its default {default} breaks its own limits ({limits}); it is left unset.</source>
            <translation>Sein Standardwert {default} verletzt seine eigenen Grenzen ({limits}); er bleibt leer.</translation>
        </message>
        <message>
            <source>Its default {default} is given as a number; the choice {choice} is used.</source>
            <translation>Sein Standardwert {default} ist als Zahl angegeben; die Auswahl {choice} wird verwendet.</translation>
        </message>
        <message>
            <source>Its default {default} is not a number; it is left unset.</source>
            <translation>Sein Standardwert {default} ist keine Zahl; er bleibt leer.</translation>
        </message>
        <message>
            <source>Its default {default} is not a whole number; it is left unset.</source>
            <translation>Sein Standardwert {default} ist keine ganze Zahl; er bleibt leer.</translation>
        </message>
        <message>
            <source>Its default {default} is not one of its choices; none is preselected.</source>
            <translation>Sein Standardwert {default} gehört nicht zu seinen Auswahlmöglichkeiten; nichts ist vorausgewählt.</translation>
        </message>
        <message>
            <source>Its schema gives no type; the value is typed as JSON.</source>
            <translation>Sein Schema gibt keinen Typ an; der Wert wird als JSON eingegeben.</translation>
        </message>
        <message>
            <source>Its schema gives the type {type}; the value is typed as JSON.</source>
            <translation>Sein Schema gibt den Typ {type} an; der Wert wird als JSON eingegeben.</translation>
        </message>
        <message>
            <source>Job {job} is not being followed in this session: resume it first.</source>
            <translation>Der Auftrag {job} wird in dieser Sitzung nicht verfolgt: Setzen Sie ihn zuerst fort.</translation>
        </message>
        <message>
            <source>Job {job} is not in the job database.</source>
            <translation>Der Auftrag {job} ist nicht in der Auftragsdatenbank.</translation>
        </message>
        <message>
            <source>Job {name} is followed by {holder}: this one leaves it to that one; nothing is lost.</source>
            <translation>Der Auftrag {name} wird von {holder} verfolgt: Dieses überlässt ihn jenem; nichts geht verloren.</translation>
        </message>
        <message>
            <source>Job {name} is followed by {holder}: this window takes it over if that one stops.</source>
            <translation>Der Auftrag {name} wird von {holder} verfolgt: Dieses Fenster übernimmt ihn, wenn jenes aufhört.</translation>
        </message>
        <message>
            <source>Model file</source>
            <translation>Modelldatei</translation>
        </message>
        <message>
            <source>No RunComfy API key is set for {base}. Add one in Settings (or with `storyreel login --api-base {base}`, or the RUNCOMFY_API_TOKEN environment variable), or use the free offline preview.</source>
            <translation>Für {base} ist kein RunComfy-API-Schlüssel festgelegt. Fügen Sie einen in den Einstellungen hinzu (oder mit `storyreel login --api-base {base}` oder der Umgebungsvariable RUNCOMFY_API_TOKEN), oder verwenden Sie die kostenlose Offline-Vorschau.</translation>
        </message>
        <message>
            <source>No RunComfy API key is set. Add one in Settings (or with `storyreel login`, or the RUNCOMFY_API_TOKEN environment variable), or use the free offline preview.</source>
            <translation>Es ist kein RunComfy-API-Schlüssel festgelegt. Fügen Sie einen in den Einstellungen hinzu (oder mit `storyreel login` oder der Umgebungsvariable RUNCOMFY_API_TOKEN), oder verwenden Sie die kostenlose Offline-Vorschau.</translation>
        </message>
        <message>
            <source>No RunComfy API key is set: add one in Settings.</source>
            <translation>Es ist kein RunComfy-API-Schlüssel festgelegt: Fügen Sie einen in den Einstellungen hinzu.</translation>
        </message>
        <message>
            <source>Not sent: Storyreel closed before this job was sent. Nothing was charged; use Retry to send it.</source>
            <translation>Nicht gesendet: Storyreel wurde geschlossen, bevor dieser Auftrag gesendet wurde. Es wurde nichts berechnet; senden Sie ihn mit „Wiederholen“.</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <translation>Nicht gesendet: {reason}</translation>
        </message>
        <message>
            <source>Only http and https URLs can be used, not {scheme}.</source>
            <translation>Nur http- und https-URLs sind möglich, nicht {scheme}.</translation>
        </message>
        <message>
            <source>Reading RunComfy's list of models</source>
            <translation>Lesen der Modellliste von RunComfy</translation>
        </message>
        <message>
            <source>Reading RunComfy's list of models: an answer came without a list of models.</source>
            <translation>Lesen der Modellliste von RunComfy: Eine Antwort kam ohne Modellliste.</translation>
        </message>
        <message>
            <source>Reading the account balance</source>
            <translation>Lesen des Kontoguthabens</translation>
        </message>
        <message>
            <source>Reading the price of {model}</source>
            <translation>Lesen des Preises von {model}</translation>
        </message>
        <message>
            <source>Reading the result of request {request}</source>
            <translation>Lesen des Ergebnisses der Anfrage {request}</translation>
        </message>
        <message>
            <source>Rendering these {shots} shots would cost {amount}, more than your cap of {cap} per storyboard render. Nothing was sent. Raise the cap in Settings to render them, or render fewer shots.</source>
            <translation>Das Rendern dieser {shots} Shots würde {amount} kosten, mehr als Ihr Limit von {cap} pro Storyboard-Rendering. Es wurde nichts gesendet. Erhöhen Sie das Limit in den Einstellungen, um sie zu rendern, oder rendern Sie weniger Shots.</translation>
        </message>
        <message>
            <source>Request {request} has been generating for {ran}, much longer than the usual {usual}. Storyreel keeps waiting for it; it is not cancelled.</source>
            <translation>Die Anfrage {request} wird seit {ran} generiert, viel länger als die üblichen {usual}. Storyreel wartet weiter darauf; sie wird nicht abgebrochen.</translation>
        </message>
        <message>
            <source>Request {request} was reported done with no output file.</source>
            <translation>Die Anfrage {request} wurde ohne Ausgabedatei als fertig gemeldet.</translation>
        </message>
        <message>
            <source>RunComfy could not make this video: {reason}</source>
            <translation>RunComfy konnte dieses Video nicht erstellen: {reason}</translation>
        </message>
        <message>
            <source>RunComfy gave no reason.</source>
            <translation>RunComfy hat keinen Grund genannt.</translation>
        </message>
        <message>
            <source>RunComfy's list of models could not be read: {reason}</source>
            <translation>Die Modellliste von RunComfy konnte nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>Sending the job</source>
            <translation>Senden des Auftrags</translation>
        </message>
        <message>
            <source>Shot {number} has neither a clip nor a frame to hold.</source>
            <translation>Shot {number} hat weder einen Clip noch ein Bild, das als Standbild stehen kann.</translation>
        </message>
        <message>
            <source>Shot {number} is already rendered from these inputs: {name}.</source>
            <translation>Shot {number} ist aus diesen Eingaben bereits gerendert: {name}.</translation>
        </message>
        <message>
            <source>Shot {number} is already under way as {request}.</source>
            <translation>Shot {number} ist bereits als {request} in Arbeit.</translation>
        </message>
        <message>
            <source>Shot {number} is rendered: {name}.</source>
            <translation>Shot {number} ist gerendert: {name}.</translation>
        </message>
        <message>
            <source>Shot {number} is still under way ({problem}); it is picked up when the board is opened again.</source>
            <translation>Shot {number} ist noch in Arbeit ({problem}); er wird beim nächsten Öffnen des Storyboards übernommen.</translation>
        </message>
        <message>
            <source>Shot {number} sent as {request}.</source>
            <translation>Shot {number} wurde als {request} gesendet.</translation>
        </message>
        <message>
            <source>Shot {number} was not sent again: its last submission is uncertain. Check your generation history on RunComfy, then render this shot on its own to send it again.</source>
            <translation>Shot {number} wurde nicht erneut gesendet: Sein letztes Senden ist ungewiss. Prüfen Sie Ihren Generierungsverlauf bei RunComfy und rendern Sie diesen Shot dann einzeln, um ihn erneut zu senden.</translation>
        </message>
        <message>
            <source>Shot {number} was not sent: {reason}</source>
            <translation>Shot {number} wurde nicht gesendet: {reason}</translation>
        </message>
        <message>
            <source>Shot {number}: a held frame needs a length above 0 s, not {length}.</source>
            <translation>Shot {number}: Ein Standbild braucht eine Dauer über 0 s, nicht {length}.</translation>
        </message>
        <message>
            <source>Shot {number}: its clip could not be trimmed: {reason}</source>
            <translation>Shot {number}: Der Clip konnte nicht gekürzt werden: {reason}</translation>
        </message>
        <message>
            <source>Shot {number}: the frame {path} to hold does not exist.</source>
            <translation>Shot {number}: Das Bild {path} für das Standbild existiert nicht.</translation>
        </message>
        <message>
            <source>Shot {number}: {field}: {problem}</source>
            <translation>Shot {number}: {field}: {problem}</translation>
        </message>
        <message>
            <source>Shot {number}: {problem}</source>
            <translation>Shot {number}: {problem}</translation>
        </message>
        <message>
            <source>Shot {number}: {reason}</source>
            <translation>Shot {number}: {reason}</translation>
        </message>
        <message>
            <source>Shot {number}: {state}: {reason}</source>
            <translation>Shot {number}: {state}: {reason}</translation>
        </message>
        <message>
            <source>Storyreel cannot tell whether RunComfy received this job: the answer to the submission was lost. Check your generation history on RunComfy (Library → Generations) before trying again, so that you are not charged twice. Storyreel will not send it again by itself.</source>
            <translation>Storyreel kann nicht feststellen, ob RunComfy diesen Auftrag erhalten hat: Die Antwort auf die Übermittlung ging verloren. Prüfen Sie Ihren Generierungsverlauf auf RunComfy (Library → Generations), bevor Sie es erneut versuchen, damit Ihnen nichts doppelt berechnet wird. Storyreel sendet ihn nicht von selbst erneut.</translation>
        </message>
        <message>
            <source>Storyreel cannot use its cache folder {path}</source>
            <translation>Storyreel kann seinen Cache-Ordner {path} nicht verwenden</translation>
        </message>
        <message>
            <source>Storyreel cannot use its data folder {path}</source>
            <translation>Storyreel kann seinen Datenordner {path} nicht verwenden</translation>
        </message>
        <message>
            <source>Storyreel cannot use its log folder {path}</source>
            <translation>Storyreel kann seinen Protokollordner {path} nicht verwenden</translation>
        </message>
        <message>
            <source>Storyreel cannot use its output folder {path}</source>
            <translation>Storyreel kann seinen Ausgabeordner {path} nicht verwenden</translation>
        </message>
        <message>
            <source>Storyreel cannot use its settings folder {path}</source>
            <translation>Storyreel kann seinen Einstellungsordner {path} nicht verwenden</translation>
        </message>
        <message>
            <source>Storyreel cannot use its video library folder {path}</source>
            <translation>Storyreel kann seinen Videobibliotheksordner {path} nicht verwenden</translation>
        </message>
        <message>
            <source>Storyreel cannot use its {what} folder {path}</source>
            <translation>Storyreel kann seinen Ordner „{what}“ {path} nicht verwenden</translation>
        </message>
        <message>
            <source>Storyreel could not get an answer about request {request} ({tries} tries in a row): {reason} It keeps checking; the job is not lost.</source>
            <translation>Storyreel hat keine Antwort zur Anfrage {request} erhalten ({tries} Versuche in Folge): {reason} Es prüft weiter; der Auftrag geht nicht verloren.</translation>
        </message>
        <message>
            <source>Storyreel does not check the rule {names}; RunComfy checks it when sent.</source>
            <translation>Storyreel prüft die Regel {names} nicht; RunComfy prüft sie beim Senden.</translation>
        </message>
        <message>
            <source>Storyreel does not check the rules {names}; RunComfy checks them when sent.</source>
            <translation>Storyreel prüft die Regeln {names} nicht; RunComfy prüft sie beim Senden.</translation>
        </message>
        <message>
            <source>Storyreel does not know the format '{format}'; the value is typed as text.</source>
            <translation>Storyreel kennt das Format '{format}' nicht; der Wert wird als Text eingegeben.</translation>
        </message>
        <message>
            <source>Storyreel is not allowed to write in it</source>
            <translation>Storyreel darf nicht hineinschreiben</translation>
        </message>
        <message>
            <source>Storyreel stopped before the job finished; it continues on the next start.</source>
            <translation>Storyreel wurde beendet, bevor der Auftrag fertig war; er wird beim nächsten Start fortgesetzt.</translation>
        </message>
        <message>
            <source>The API address '{address}' cannot be used: it must not contain a user name, a password, a query or a fragment.</source>
            <translation>Die API-Adresse '{address}' kann nicht verwendet werden: Sie darf keinen Benutzernamen, kein Passwort, keine Abfrage und kein Fragment enthalten.</translation>
        </message>
        <message>
            <source>The API address '{address}' cannot be used: it must start with https:// (plain http is only allowed for this computer, such as http://127.0.0.1:8000).</source>
            <translation>Die API-Adresse '{address}' kann nicht verwendet werden: Sie muss mit https:// beginnen (einfaches http ist nur für diesen Computer erlaubt, etwa http://127.0.0.1:8000).</translation>
        </message>
        <message>
            <source>The RunComfy API key holds characters no API key has (spaces, line breaks, accented or other non-ASCII letters). Copy it again from your RunComfy profile and store it in Settings, with `storyreel login`, or in RUNCOMFY_API_TOKEN.</source>
            <translation>Der RunComfy-API-Schlüssel enthält Zeichen, die kein API-Schlüssel hat (Leerzeichen, Zeilenumbrüche, Buchstaben mit Akzent oder andere Nicht-ASCII-Zeichen). Kopieren Sie ihn erneut aus Ihrem RunComfy-Profil und speichern Sie ihn in den Einstellungen, mit `storyreel login` oder in RUNCOMFY_API_TOKEN.</translation>
        </message>
        <message>
            <source>The captions could not be burnt into {name}: {reason}</source>
            <translation>Die Untertitel konnten nicht in {name} eingebrannt werden: {reason}</translation>
        </message>
        <message>
            <source>The catalogue cache {path}</source>
            <translation>Der Katalog-Cache {path}</translation>
        </message>
        <message>
            <source>The catalogue cache {path} is damaged; RunComfy's catalogue is read again instead.</source>
            <translation>Der Katalog-Cache {path} ist beschädigt; der Katalog von RunComfy wird stattdessen neu gelesen.</translation>
        </message>
        <message>
            <source>The catalogue cache {path} was written by a newer Storyreel; RunComfy's catalogue is read again instead.</source>
            <translation>Der Katalog-Cache {path} wurde von einem neueren Storyreel geschrieben; der Katalog von RunComfy wird stattdessen neu gelesen.</translation>
        </message>
        <message>
            <source>The catalogue entry number {number} has no input schema with fields; it is left out.</source>
            <translation>Der Katalogeintrag Nummer {number} hat kein Eingabeschema mit Feldern; er wird ausgelassen.</translation>
        </message>
        <message>
            <source>The catalogue entry {model} does not load: a part of its schema has the wrong kind ({reason}).</source>
            <translation>Der Katalogeintrag {model} lässt sich nicht laden: Ein Teil seines Schemas hat den falschen Typ ({reason}).</translation>
        </message>
        <message>
            <source>The catalogue entry {model} does not load: {reason}</source>
            <translation>Der Katalogeintrag {model} lässt sich nicht laden: {reason}</translation>
        </message>
        <message>
            <source>The catalogue entry {model} has no input fields.</source>
            <translation>Der Katalogeintrag {model} hat keine Eingabefelder.</translation>
        </message>
        <message>
            <source>The catalogue entry {model} needs '{field}' ({what}), a kind of input this version of Storyreel cannot take yet; it is left out.</source>
            <translation>Der Katalogeintrag {model} braucht '{field}' ({what}), eine Art von Eingabe, die diese Storyreel-Version noch nicht verarbeiten kann; er wird ausgelassen.</translation>
        </message>
        <message>
            <source>The catalogue entry {name} has no input schema with fields; it is left out.</source>
            <translation>Der Katalogeintrag {name} hat kein Eingabeschema mit Feldern; er wird ausgelassen.</translation>
        </message>
        <message>
            <source>The download of {url} was stopped because its downloader was closed; the part already fetched is kept in {part} and will be continued next time.</source>
            <translation>Der Download von {url} wurde angehalten, weil sein Downloader geschlossen wurde; der bereits geladene Teil bleibt in {part} erhalten und wird beim nächsten Mal fortgesetzt.</translation>
        </message>
        <message>
            <source>The dropped image</source>
            <translation>Das abgelegte Bild</translation>
        </message>
        <message>
            <source>The edit list {name} does not exist.</source>
            <translation>Die Schnittliste {name} existiert nicht.</translation>
        </message>
        <message>
            <source>The engine is closed.</source>
            <translation>Die Engine ist geschlossen.</translation>
        </message>
        <message>
            <source>The file {path}</source>
            <translation>Die Datei {path}</translation>
        </message>
        <message>
            <source>The file {path} cannot be read ({reason}).</source>
            <translation>Die Datei {path} kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>Die Datei {path} existiert nicht.</translation>
        </message>
        <message>
            <source>The fixed copy of {name} still fails: {reasons}</source>
            <translation>Die korrigierte Kopie von {name} besteht noch immer nicht: {reasons}</translation>
        </message>
        <message>
            <source>The frame {name} cannot be read as an image: {reason}.</source>
            <translation>Das Bild {name} lässt sich nicht als Bilddatei lesen: {reason}.</translation>
        </message>
        <message>
            <source>The image</source>
            <translation>Das Bild</translation>
        </message>
        <message>
            <source>The job database has a damaged entry (the {column} of job {job} cannot be read). It was left as it is: it holds the request ids of the jobs you sent, so keep the file and ask for help before changing it.</source>
            <translation>Die Auftragsdatenbank enthält einen beschädigten Eintrag (das Feld {column} des Auftrags {job} ist nicht lesbar). Sie wurde unverändert gelassen: Sie enthält die Anfrage-IDs Ihrer gesendeten Aufträge. Bewahren Sie die Datei auf und holen Sie Hilfe, bevor Sie sie ändern.</translation>
        </message>
        <message>
            <source>The job database {path} cannot be opened ({reason}). It is left as it is: it holds the request ids of the jobs you sent, so do not delete or move it. If another Storyreel was starting at the same moment, wait a few seconds and try again; otherwise check that its folder can be read and written.</source>
            <translation>Die Auftragsdatenbank {path} kann nicht geöffnet werden ({reason}). Sie bleibt unverändert: Sie enthält die Anfrage-IDs Ihrer gesendeten Aufträge, löschen oder verschieben Sie sie also nicht. Wenn gerade ein anderes Storyreel startete, warten Sie einige Sekunden und versuchen Sie es erneut; andernfalls prüfen Sie, ob ihr Ordner gelesen und beschrieben werden kann.</translation>
        </message>
        <message>
            <source>The job database {path} was written by a newer version of Storyreel (database version {version}, this version understands up to {latest}). Update Storyreel to open it; it has not been changed.</source>
            <translation>Die Auftragsdatenbank {path} wurde von einer neueren Version von Storyreel geschrieben (Datenbankversion {version}, diese Version unterstützt höchstens {latest}). Aktualisieren Sie Storyreel, um sie zu öffnen; sie wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The job has no request id to follow.</source>
            <translation>Der Auftrag hat keine Anfrage-ID, der gefolgt werden könnte.</translation>
        </message>
        <message>
            <source>The live price of {model} could not be read, so nothing is sent. {reason}</source>
            <translation>Der aktuelle Preis von {model} konnte nicht gelesen werden, daher wird nichts gesendet. {reason}</translation>
        </message>
        <message>
            <source>The model file {name}</source>
            <translation>Die Modelldatei {name}</translation>
        </message>
        <message>
            <source>The model file {name} cannot be read: {reason}.</source>
            <translation>Die Modelldatei {name} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>The model file {name} is not a usable model file: a part of it has the wrong kind ({reason}). It is left out; the other models work as usual.</source>
            <translation>Die Modelldatei {name} ist nicht verwendbar: Ein Teil davon hat den falschen Typ ({reason}). Sie wird ausgelassen; die anderen Modelle funktionieren wie gewohnt.</translation>
        </message>
        <message>
            <source>The model file {name} replaces Storyreel's own model {model}; remove the file to use Storyreel's own again.</source>
            <translation>Die Modelldatei {name} ersetzt das Storyreel-eigene Modell {model}; entfernen Sie die Datei, um wieder das von Storyreel zu verwenden.</translation>
        </message>
        <message>
            <source>The model file {name} replaces the catalogue's model {model}; remove the file to use the catalogue's again.</source>
            <translation>Die Modelldatei {name} ersetzt das Modell {model} aus dem Katalog; entfernen Sie die Datei, um wieder das aus dem Katalog zu verwenden.</translation>
        </message>
        <message>
            <source>The model id is wrong: '{model}' is not a RunComfy model id (such as bytedance/seedance-1-0/lite/image-to-video).</source>
            <translation>Die Modell-ID ist falsch: '{model}' ist keine RunComfy-Modell-ID (etwa bytedance/seedance-1-0/lite/image-to-video).</translation>
        </message>
        <message>
            <source>The number of variations must be a whole number from {low} to {high}.</source>
            <translation>Die Anzahl der Variationen muss eine ganze Zahl von {low} bis {high} sein.</translation>
        </message>
        <message>
            <source>The offline preview engine could not make this video: {reason}</source>
            <translation>Die Engine der Offline-Vorschau konnte dieses Video nicht erstellen: {reason}</translation>
        </message>
        <message>
            <source>The offline preview engine gave no reason.</source>
            <translation>Die Engine der Offline-Vorschau hat keinen Grund genannt.</translation>
        </message>
        <message>
            <source>The offline preview engine is not part of this Storyreel, so the preview cannot be made.</source>
            <translation>Die Engine der Offline-Vorschau gehört nicht zu diesem Storyreel, daher kann die Vorschau nicht erstellt werden.</translation>
        </message>
        <message>
            <source>The offline preview engine stopped when Storyreel closed, and this preview went with it. Nothing was charged; use Retry to render it again.</source>
            <translation>Die Offline-Vorschau wurde beim Schließen von Storyreel beendet, und diese Vorschau ging dabei verloren. Es wurde nichts berechnet; rendern Sie sie mit „Wiederholen“ erneut.</translation>
        </message>
        <message>
            <source>The output address '{url}' is not a valid URL.</source>
            <translation>Die Ausgabeadresse '{url}' ist keine gültige URL.</translation>
        </message>
        <message>
            <source>The output address {url} answered with {kind} instead of a media file.</source>
            <translation>Die Ausgabeadresse {url} lieferte {kind} statt einer Mediendatei.</translation>
        </message>
        <message>
            <source>The output address {url} carries a user name or an unusual port; Storyreel does not download it.</source>
            <translation>Die Ausgabeadresse {url} enthält einen Benutzernamen oder einen ungewöhnlichen Port; Storyreel lädt sie nicht herunter.</translation>
        </message>
        <message>
            <source>The output address {url} is not https; Storyreel downloads outputs only over https.</source>
            <translation>Die Ausgabeadresse {url} ist nicht https; Storyreel lädt Ausgaben nur über https herunter.</translation>
        </message>
        <message>
            <source>The output address {url} is not on runcomfy.net, so Storyreel does not download it: outputs are fetched only from RunComfy's own servers.</source>
            <translation>Die Ausgabeadresse {url} liegt nicht auf runcomfy.net, daher lädt Storyreel sie nicht herunter: Ausgaben werden nur von RunComfys eigenen Servern abgerufen.</translation>
        </message>
        <message>
            <source>The output file {url} could not be fetched: the server could not be reached or stopped answering ({reason}), after several tries.</source>
            <translation>Die Ausgabedatei {url} konnte nicht abgerufen werden: Der Server war nach mehreren Versuchen nicht erreichbar oder antwortete nicht mehr ({reason}).</translation>
        </message>
        <message>
            <source>The output file {url} is empty.</source>
            <translation>Die Ausgabedatei {url} ist leer.</translation>
        </message>
        <message>
            <source>The output file {url} is over Storyreel's limit of {limit:.1f} GB; the download was stopped.</source>
            <translation>Die Ausgabedatei {url} überschreitet die Grenze von Storyreel von {limit:.1f} GB; der Download wurde abgebrochen.</translation>
        </message>
        <message>
            <source>The output file {url} is {size:.1f} GB, over Storyreel's limit of {limit:.1f} GB.</source>
            <translation>Die Ausgabedatei {url} ist {size:.1f} GB groß und überschreitet die Grenze von Storyreel von {limit:.1f} GB.</translation>
        </message>
        <message>
            <source>The output server answered HTTP {status} for {url} after several tries.</source>
            <translation>Der Ausgabeserver antwortete nach mehreren Versuchen mit HTTP {status} für {url}.</translation>
        </message>
        <message>
            <source>The output server answered HTTP {status} for {url}.</source>
            <translation>Der Ausgabeserver antwortete mit HTTP {status} für {url}.</translation>
        </message>
        <message>
            <source>The output server answered HTTP {status} for {url}: RunComfy no longer keeps this file.</source>
            <translation>Der Ausgabeserver antwortete mit HTTP {status} für {url}: RunComfy hält diese Datei nicht mehr vor.</translation>
        </message>
        <message>
            <source>The output server kept breaking off the download of {url} ({reason}; {tries} tries). The part already fetched is kept and is continued next time.</source>
            <translation>Der Ausgabeserver hat den Download von {url} immer wieder abgebrochen ({reason}; {tries} Versuche). Der bereits geladene Teil bleibt erhalten und wird beim nächsten Mal fortgesetzt.</translation>
        </message>
        <message>
            <source>The output server redirected {url} to another address; Storyreel does not follow redirects for downloads.</source>
            <translation>Der Ausgabeserver hat {url} an eine andere Adresse umgeleitet; Storyreel folgt bei Downloads keinen Umleitungen.</translation>
        </message>
        <message>
            <source>The outputs cannot be downloaded: {reason}</source>
            <translation>Die Ausgaben können nicht heruntergeladen werden: {reason}</translation>
        </message>
        <message>
            <source>The pasted image could not be saved as PNG.</source>
            <translation>Das eingefügte Bild konnte nicht als PNG gespeichert werden.</translation>
        </message>
        <message>
            <source>The preview is kept only while Storyreel stays open: choose Retry download in the queue once the folder can be written to.</source>
            <translation>Die Vorschau bleibt nur erhalten, solange Storyreel geöffnet ist: Wählen Sie „Download wiederholen“ in der Warteschlange, sobald der Ordner beschreibbar ist.</translation>
        </message>
        <message>
            <source>The price of {model} changed from ${shown:g} per {shown_unit} to ${live:g} per {live_unit} since it was shown; nothing was sent. Check the new price and send the job again.</source>
            <translation>Der Preis von {model} hat sich seit der Anzeige von ${shown:g} pro {shown_unit} auf ${live:g} pro {live_unit} geändert; es wurde nichts gesendet. Prüfen Sie den neuen Preis und senden Sie den Auftrag erneut.</translation>
        </message>
        <message>
            <source>The request would be {size} with its files inline; RunComfy takes at most {limit}. Use fewer or smaller files, or URLs to them.</source>
            <translation>Mit eingebetteten Dateien wäre die Anfrage {size} groß; RunComfy nimmt höchstens {limit} an. Verwenden Sie weniger oder kleinere Dateien oder URLs zu ihnen.</translation>
        </message>
        <message>
            <source>The sequence could not be encoded: {reason}.</source>
            <translation>Die Sequenz konnte nicht kodiert werden: {reason}.</translation>
        </message>
        <message>
            <source>The settings file {path}</source>
            <translation>Die Einstellungsdatei {path}</translation>
        </message>
        <message>
            <source>The settings file {path} does not hold settings.</source>
            <translation>Die Einstellungsdatei {path} enthält keine Einstellungen.</translation>
        </message>
        <message>
            <source>The simulator cannot listen on {host}: {reason}.</source>
            <translation>Der Simulator kann auf {host} keine Verbindungen annehmen: {reason}.</translation>
        </message>
        <message>
            <source>The storyboard file</source>
            <translation>Die Storyboard-Datei</translation>
        </message>
        <message>
            <source>The storyboard file {path}</source>
            <translation>Die Storyboard-Datei {path}</translation>
        </message>
        <message>
            <source>The storyboard file {path} does not exist.</source>
            <translation>Die Storyboard-Datei {path} existiert nicht.</translation>
        </message>
        <message>
            <source>The video could not be saved here: Storyreel may not write to {folder}. Check the folder's permissions or choose another library folder in Settings.</source>
            <translation>Das Video konnte hier nicht gespeichert werden: Storyreel darf nicht in {folder} schreiben. Prüfen Sie die Berechtigungen des Ordners oder wählen Sie in den Einstellungen einen anderen Bibliotheksordner.</translation>
        </message>
        <message>
            <source>The video could not be saved here: the disk that holds {folder} is full. Free some space there.</source>
            <translation>Das Video konnte hier nicht gespeichert werden: Der Datenträger mit {folder} ist voll. Schaffen Sie dort Platz.</translation>
        </message>
        <message>
            <source>The video could not be saved here: the folder {folder} is missing (a disconnected drive?). Reconnect it or choose another library folder in Settings.</source>
            <translation>Das Video konnte hier nicht gespeichert werden: Der Ordner {folder} fehlt (ein getrenntes Laufwerk?). Verbinden Sie es wieder oder wählen Sie in den Einstellungen einen anderen Bibliotheksordner.</translation>
        </message>
        <message>
            <source>The video could not be saved here: {folder} (or a folder above it) is a file, not a folder. Move that file away or choose another library folder in Settings.</source>
            <translation>Das Video konnte hier nicht gespeichert werden: {folder} (oder ein übergeordneter Ordner) ist eine Datei, kein Ordner. Verschieben Sie diese Datei oder wählen Sie in den Einstellungen einen anderen Bibliotheksordner.</translation>
        </message>
        <message>
            <source>The video could not be saved here: {reason}. Check that {folder} can be written to and that the disk has room.</source>
            <translation>Das Video konnte hier nicht gespeichert werden: {reason}. Prüfen Sie, ob {folder} beschreibbar ist und der Datenträger Platz hat.</translation>
        </message>
        <message>
            <source>The video file {path} does not exist.</source>
            <translation>Die Videodatei {path} existiert nicht.</translation>
        </message>
        <message>
            <source>The video is made and RunComfy keeps it for a while: choose Retry download in the queue or run `storyreel resume` to fetch it (Storyreel also tries again when it next starts).</source>
            <translation>Das Video ist fertig, und RunComfy bewahrt es eine Weile auf: Wählen Sie „Download wiederholen“ in der Warteschlange oder führen Sie `storyreel resume` aus, um es abzurufen (Storyreel versucht es auch beim nächsten Start erneut).</translation>
        </message>
        <message>
            <source>The video was made but can no longer be downloaded: {reason}</source>
            <translation>Das Video wurde erstellt, kann aber nicht mehr heruntergeladen werden: {reason}</translation>
        </message>
        <message>
            <source>The video was made but could not be downloaded: {reason}</source>
            <translation>Das Video wurde erstellt, konnte aber nicht heruntergeladen werden: {reason}</translation>
        </message>
        <message>
            <source>There is no job {job} in the queue.</source>
            <translation>In der Warteschlange gibt es keinen Auftrag {job}.</translation>
        </message>
        <message>
            <source>There is no job {job} to remove.</source>
            <translation>Es gibt keinen Auftrag {job}, der entfernt werden könnte.</translation>
        </message>
        <message>
            <source>There is no job {job} to retry.</source>
            <translation>Es gibt keinen Auftrag {job}, der wiederholt werden kann.</translation>
        </message>
        <message>
            <source>There is no job {job}.</source>
            <translation>Es gibt keinen Auftrag {job}.</translation>
        </message>
        <message>
            <source>There is nothing to export: the sequence has no shots.</source>
            <translation>Es gibt nichts zu exportieren: Die Sequenz enthält keine Shots.</translation>
        </message>
        <message>
            <source>This job is still {state}, so it cannot be removed from the list: cancel it or wait until it has finished.</source>
            <translation>Dieser Auftrag hat noch den Status „{state}“ und kann daher nicht aus der Liste entfernt werden: Brechen Sie ihn ab oder warten Sie, bis er abgeschlossen ist.</translation>
        </message>
        <message>
            <source>This job is still {state}: wait for it or cancel it before sending it again.</source>
            <translation>Dieser Auftrag hat noch den Status „{state}“: Warten Sie ihn ab oder brechen Sie ihn ab, bevor Sie ihn erneut senden.</translation>
        </message>
        <message>
            <source>This job is {state}: only a download that is waiting can be tried again.</source>
            <translation>Dieser Auftrag hat den Status „{state}“: Nur ein wartender Download kann wiederholt werden.</translation>
        </message>
        <message>
            <source>This job would cost {amount}, and {spent} is already spent or on its way today, which would pass your daily spending cap of {cap}. Nothing was sent. Raise the cap in Settings to send it, or leave it.</source>
            <translation>Dieser Auftrag würde {amount} kosten, und heute sind bereits {spent} ausgegeben oder unterwegs – damit würde Ihr tägliches Ausgabenlimit von {cap} überschritten. Es wurde nichts gesendet. Erhöhen Sie das Limit in den Einstellungen, um ihn zu senden, oder lassen Sie es.</translation>
        </message>
        <message>
            <source>This shot is no longer on the board.</source>
            <translation>Dieser Shot ist nicht mehr im Storyboard.</translation>
        </message>
        <message>
            <source>This value is nested too deeply to be checked.</source>
            <translation>Dieser Wert ist zu tief verschachtelt, um geprüft zu werden.</translation>
        </message>
        <message>
            <source>This video is made and only waits for its download: use Retry download, which fetches it without sending the job again.</source>
            <translation>Dieses Video ist fertig und wartet nur auf seinen Download: Verwenden Sie „Download wiederholen“, das es abruft, ohne den Auftrag erneut zu senden.</translation>
        </message>
        <message>
            <source>Too long: {count} characters, at most {high} allowed.</source>
            <translation>Zu lang: {count} Zeichen, höchstens {high} erlaubt.</translation>
        </message>
        <message>
            <source>Too short: at least 1 character needed.</source>
            <translation>Zu kurz: mindestens 1 Zeichen nötig.</translation>
        </message>
        <message>
            <source>Too short: at least {low} characters needed.</source>
            <translation>Zu kurz: mindestens {low} Zeichen nötig.</translation>
        </message>
        <message>
            <source>Unknown model '{model}'.</source>
            <translation>Unbekanntes Modell '{model}'.</translation>
        </message>
        <message>
            <source>Unknown model '{model}'. Did you mean {close}?</source>
            <translation>Unbekanntes Modell '{model}'. Meinten Sie {close}?</translation>
        </message>
        <message>
            <source>Waiting for the API key of {base}: set it in Settings or with `storyreel login --api-base {base}`. This job was sent there, and Storyreel sends a key only to the address it was given for.</source>
            <translation>Warten auf den API-Schlüssel für {base}: Legen Sie ihn in den Einstellungen oder mit `storyreel login --api-base {base}` fest. Dieser Auftrag wurde dorthin gesendet, und Storyreel sendet einen Schlüssel nur an die Adresse, für die er angegeben wurde.</translation>
        </message>
        <message>
            <source>a group of named settings</source>
            <translation>eine Gruppe benannter Einstellungen</translation>
        </message>
        <message>
            <source>a group of named values</source>
            <translation>eine Gruppe benannter Werte</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <source>a list of frames</source>
            <translation>eine Liste von Bildern</translation>
        </message>
        <message>
            <source>a list of prompts</source>
            <translation>eine Liste von Prompts</translation>
        </message>
        <message>
            <source>a list of shots</source>
            <translation>eine Liste von Shots</translation>
        </message>
        <message>
            <source>a model id (text)</source>
            <translation>eine Modell-ID (Text)</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <source>an amount Storyreel cannot total</source>
            <translation>einen für Storyreel nicht berechenbaren Betrag</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>is not a number that can be sent.</source>
            <translation>ist keine Zahl, die gesendet werden kann.</translation>
        </message>
        <message>
            <source>is not a number.</source>
            <translation>ist keine Zahl.</translation>
        </message>
        <message>
            <source>it cannot be created ({reason})</source>
            <translation>er kann nicht angelegt werden ({reason})</translation>
        </message>
        <message>
            <source>it finished without a video</source>
            <translation>er wurde ohne Video beendet</translation>
        </message>
        <message>
            <source>it is a file, not a folder</source>
            <translation>es ist eine Datei, kein Ordner</translation>
        </message>
        <message>
            <source>it starts like a WebP image but is damaged</source>
            <translation>sie beginnt wie ein WebP-Bild, ist aber beschädigt</translation>
        </message>
        <message>
            <source>it starts like a {format} image but is damaged or cut short</source>
            <translation>sie beginnt wie ein {format}-Bild, ist aber beschädigt oder unvollständig</translation>
        </message>
        <message>
            <source>its contents are not in any image format Storyreel knows</source>
            <translation>der Inhalt ist in keinem Bildformat, das Storyreel kennt</translation>
        </message>
        <message>
            <source>its frames are damaged</source>
            <translation>ihre Einzelbilder sind beschädigt</translation>
        </message>
        <message>
            <source>its header claims a size too large to read safely</source>
            <translation>der Dateikopf gibt eine Größe an, die zu groß ist, um sie sicher zu lesen</translation>
        </message>
        <message>
            <source>its header gives it no width or height</source>
            <translation>der Dateikopf nennt keine Breite oder Höhe</translation>
        </message>
        <message>
            <source>no reason was given</source>
            <translation>es wurde kein Grund genannt</translation>
        </message>
        <message>
            <source>null</source>
            <translation>null (kein Wert)</translation>
        </message>
        <message>
            <source>output</source>
            <translation>Ausgabe</translation>
        </message>
        <message>
            <source>point STORYREEL_HOME (now '{home}') at a folder Storyreel can write in</source>
            <translation>richten Sie STORYREEL_HOME (derzeit '{home}') auf einen Ordner, in den Storyreel schreiben kann</translation>
        </message>
        <message>
            <source>second</source>
            <translation>Sekunde</translation>
        </message>
        <message>
            <source>set STORYREEL_HOME to a folder Storyreel can write in</source>
            <translation>setzen Sie STORYREEL_HOME auf einen Ordner, in den Storyreel schreiben kann</translation>
        </message>
        <message>
            <source>shot {number}: ${price:g} per {unit}</source>
            <translation>Shot {number}: ${price:g} pro {unit}</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>the data is empty</source>
            <translation>die Daten sind leer</translation>
        </message>
        <message>
            <source>the file ends before its image data does</source>
            <translation>die Datei endet vor ihren Bilddaten</translation>
        </message>
        <message>
            <source>the file is a HEIC/HEIF photo; export it as JPEG or PNG first</source>
            <translation>die Datei ist ein HEIC/HEIF-Foto; exportieren Sie es zuerst als JPEG oder PNG</translation>
        </message>
        <message>
            <source>the file is a PDF document</source>
            <translation>die Datei ist ein PDF-Dokument</translation>
        </message>
        <message>
            <source>the file is a WAV sound recording</source>
            <translation>die Datei ist eine WAV-Tonaufnahme</translation>
        </message>
        <message>
            <source>the file is a WebM or MKV video</source>
            <translation>die Datei ist ein WebM- oder MKV-Video</translation>
        </message>
        <message>
            <source>the file is a ZIP archive or an office document</source>
            <translation>die Datei ist ein ZIP-Archiv oder ein Office-Dokument</translation>
        </message>
        <message>
            <source>the file is a gzip archive</source>
            <translation>die Datei ist ein gzip-Archiv</translation>
        </message>
        <message>
            <source>the file is a web page (HTML)</source>
            <translation>die Datei ist eine Webseite (HTML)</translation>
        </message>
        <message>
            <source>the file is an AVI video</source>
            <translation>die Datei ist ein AVI-Video</translation>
        </message>
        <message>
            <source>the file is an AVIF image this installation cannot decode</source>
            <translation>die Datei ist ein AVIF-Bild, das diese Installation nicht dekodieren kann</translation>
        </message>
        <message>
            <source>the file is an MP3 sound recording</source>
            <translation>die Datei ist eine MP3-Tonaufnahme</translation>
        </message>
        <message>
            <source>the file is an MP4 or MOV video</source>
            <translation>die Datei ist ein MP4- oder MOV-Video</translation>
        </message>
        <message>
            <source>the file is an SVG drawing; export it as PNG first</source>
            <translation>die Datei ist eine SVG-Zeichnung; exportieren Sie sie zuerst als PNG</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>the file is text</source>
            <translation>die Datei ist Text</translation>
        </message>
        <message>
            <source>the image file {path} is missing.</source>
            <translation>Die Bilddatei {path} fehlt.</translation>
        </message>
        <message>
            <source>the server continued from the wrong place</source>
            <translation>der Server hat an der falschen Stelle fortgesetzt</translation>
        </message>
        <message>
            <source>the server could not continue the earlier download</source>
            <translation>der Server konnte den früheren Download nicht fortsetzen</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>wahr oder falsch</translation>
        </message>
        <message>
            <source>{cannot}: {problem}. Storyreel changed nothing there. Make that path a folder Storyreel can write in, or {elsewhere}.</source>
            <translation>{cannot}: {problem}. Storyreel hat dort nichts verändert. Machen Sie diesen Pfad zu einem Ordner, in den Storyreel schreiben kann, oder {elsewhere}.</translation>
        </message>
        <message>
            <source>{count} already under way</source>
            <translation>{count} bereits in Arbeit</translation>
        </message>
        <message>
            <source>{count} bytes</source>
            <translation>{count} Byte</translation>
        </message>
        <message>
            <source>{count} characters: prompts under {limit} characters give better results.</source>
            <translation>{count} Zeichen: Prompts unter {limit} Zeichen liefern bessere Ergebnisse.</translation>
        </message>
        <message>
            <source>{count} entries given; at least {low} needed.</source>
            <translation>{count} Einträge angegeben; mindestens {low} nötig.</translation>
        </message>
        <message>
            <source>{count} entries given; at most {high} allowed.</source>
            <translation>{count} Einträge angegeben; höchstens {high} erlaubt.</translation>
        </message>
        <message>
            <source>{count} held back (submission uncertain)</source>
            <translation>{count} zurückgehalten (Senden ungewiss)</translation>
        </message>
        <message>
            <source>{count} kept as rendered</source>
            <translation>{count} wie gerendert behalten</translation>
        </message>
        <message>
            <source>{count} shot to render</source>
            <translation>{count} Shot zu rendern</translation>
        </message>
        <message>
            <source>{count} shots to render</source>
            <translation>{count} Shots zu rendern</translation>
        </message>
        <message>
            <source>{count} variations cannot be asked for at once: choose from {low} to {high}.</source>
            <translation>{count} Variationen können nicht auf einmal angefordert werden: Wählen Sie {low} bis {high}.</translation>
        </message>
        <message>
            <source>{error} The file was left as it is.</source>
            <translation>{error} Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} oder {second}</translation>
        </message>
        <message>
            <source>{frame}: {problem}</source>
            <translation>{frame}: {problem}</translation>
        </message>
        <message>
            <source>{list}, {item}</source>
            <translation>{list}, {item}</translation>
        </message>
        <message>
            <source>{list}.</source>
            <translation>{list}.</translation>
        </message>
        <message>
            <source>{list}; {item}</source>
            <translation>{list}; {item}</translation>
        </message>
        <message>
            <source>{message} The job was sent, so RunComfy may or may not have queued it.</source>
            <translation>{message} Der Auftrag wurde gesendet, daher ist unklar, ob RunComfy ihn in die Warteschlange gestellt hat.</translation>
        </message>
        <message>
            <source>{minutes:.0f} min</source>
            <translation>{minutes:.0f} Min.</translation>
        </message>
        <message>
            <source>{model} cannot start from a frame: it takes no first frame or reference images.</source>
            <translation>{model} kann nicht von einem Bild ausgehen: Es nimmt weder ein Startbild noch Referenzbilder an.</translation>
        </message>
        <message>
            <source>{model} cannot take a last frame, and no model in the catalogue can: choose one clip per frame instead.</source>
            <translation>{model} kann kein Endbild verwenden, und kein Modell im Katalog kann es: Wählen Sie stattdessen einen Clip pro Bild.</translation>
        </message>
        <message>
            <source>{model} cannot take a last frame; {other} can.</source>
            <translation>{model} kann kein Endbild verwenden; {other} schon.</translation>
        </message>
        <message>
            <source>{model} has no seed setting, so there is no seed to sweep around. Ask for variations instead: the model varies by itself from run to run.</source>
            <translation>{model} hat keine Seed-Einstellung, daher gibt es keinen Seed, um den herum variiert werden kann. Fordern Sie stattdessen Variationen an: Das Modell variiert von selbst bei jedem Durchlauf.</translation>
        </message>
        <message>
            <source>{name} cannot be decoded: it may be cut short (an unfinished download or copy) or damaged ({reason}).</source>
            <translation>{name} kann nicht dekodiert werden: Die Datei ist vielleicht unvollständig (ein unfertiger Download oder eine unfertige Kopie) oder beschädigt ({reason}).</translation>
        </message>
        <message>
            <source>{name} cannot be decoded: {reason}.</source>
            <translation>{name} kann nicht dekodiert werden: {reason}.</translation>
        </message>
        <message>
            <source>{name} cannot be read ({reason}).</source>
            <translation>{name} kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>{name} cannot be read as a video: it may be cut short (an unfinished download or copy), damaged, or another kind of file ({reason}).</source>
            <translation>{name} kann nicht als Video gelesen werden: Die Datei ist vielleicht unvollständig (ein unfertiger Download oder eine unfertige Kopie), beschädigt oder eine andere Art von Datei ({reason}).</translation>
        </message>
        <message>
            <source>{name} cannot be read as an audio clip: it may be cut short (an unfinished download or copy), damaged, or another kind of file ({reason}).</source>
            <translation>{name} kann nicht als Audioclip gelesen werden: Die Datei ist vielleicht unvollständig (ein unfertiger Download oder eine unfertige Kopie), beschädigt oder eine andere Art von Datei ({reason}).</translation>
        </message>
        <message>
            <source>{name} cannot be read as an edit list ({reason}).</source>
            <translation>{name} kann nicht als Schnittliste gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>{name} cannot be read to burn captions in: {reason}</source>
            <translation>{name} kann zum Einbrennen der Untertitel nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>{name} cannot be read to its end: {reason}.</source>
            <translation>{name} kann nicht bis zum Ende gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>{name} cannot be read to trim it: {reason}</source>
            <translation>{name} kann zum Kürzen nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>{name} cannot be read: permission denied.</source>
            <translation>{name} kann nicht gelesen werden: Zugriff verweigert.</translation>
        </message>
        <message>
            <source>{name} cannot be saved under {megabytes:g} MB without breaking the minimum size rules.</source>
            <translation>{name} kann nicht unter {megabytes:g} MB gespeichert werden, ohne die Regeln zur Mindestgröße zu verletzen.</translation>
        </message>
        <message>
            <source>{name} could not be converted ({reason}).</source>
            <translation>{name} konnte nicht umgewandelt werden ({reason}).</translation>
        </message>
        <message>
            <source>{name} could not be found: there is no file at {path}.</source>
            <translation>{name} wurde nicht gefunden: Unter {path} gibt es keine Datei.</translation>
        </message>
        <message>
            <source>{name} could not be made smaller than {size}; trim it or give a URL to the file instead.</source>
            <translation>{name} ließ sich nicht kleiner als {size} machen; kürzen Sie den Clip oder geben Sie stattdessen eine URL zur Datei an.</translation>
        </message>
        <message>
            <source>{name} could not be written in {folder}: {reason}. Free some space or choose another folder, then export again.</source>
            <translation>{name} konnte nicht in {folder} geschrieben werden: {reason}. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner, und exportieren Sie dann erneut.</translation>
        </message>
        <message>
            <source>{name} ends before its data does: it was cut short.</source>
            <translation>{name} endet vor ihren Daten: Die Datei wurde abgeschnitten.</translation>
        </message>
        <message>
            <source>{name} has no frames between {start:g} s and {end} s.</source>
            <translation>{name} enthält zwischen {start:g} s und {end} s keine Einzelbilder.</translation>
        </message>
        <message>
            <source>{name} has no frames to take the last one from.</source>
            <translation>{name} enthält keine Einzelbilder, aus denen das letzte genommen werden könnte.</translation>
        </message>
        <message>
            <source>{name} has no frames.</source>
            <translation>{name} enthält keine Einzelbilder.</translation>
        </message>
        <message>
            <source>{name} has no picture (no video track).</source>
            <translation>{name} hat kein Bild (keine Videospur).</translation>
        </message>
        <message>
            <source>{name} has no sound (no audio track).</source>
            <translation>{name} hat keinen Ton (keine Audiospur).</translation>
        </message>
        <message>
            <source>{name} has no video clips.</source>
            <translation>{name} enthält keine Videoclips.</translation>
        </message>
        <message>
            <source>{name} has no video frames.</source>
            <translation>{name} enthält keine Videobilder.</translation>
        </message>
        <message>
            <source>{name} has no video track.</source>
            <translation>{name} hat keine Videospur.</translation>
        </message>
        <message>
            <source>{name} holds no audio clip frames: it is empty or cut short.</source>
            <translation>{name} enthält keine Audio-Frames: Die Datei ist leer oder abgeschnitten.</translation>
        </message>
        <message>
            <source>{name} holds no video frames: it is empty or cut short.</source>
            <translation>{name} enthält keine Videobilder: Die Datei ist leer oder abgeschnitten.</translation>
        </message>
        <message>
            <source>{name} is a folder, not a video file.</source>
            <translation>{name} ist ein Ordner, keine Videodatei.</translation>
        </message>
        <message>
            <source>{name} is a folder, not an audio file.</source>
            <translation>{name} ist ein Ordner, keine Audiodatei.</translation>
        </message>
        <message>
            <source>{name} is a folder, not an image file.</source>
            <translation>{name} ist ein Ordner, keine Bilddatei.</translation>
        </message>
        <message>
            <source>{name} is empty (0 bytes).</source>
            <translation>{name} ist leer (0 Byte).</translation>
        </message>
        <message>
            <source>{name} is incomplete: {reason}. It cannot be repaired: save or export it again from the original, or download it again.</source>
            <translation>{name} ist unvollständig: {reason}. Die Datei lässt sich nicht reparieren: Speichern oder exportieren Sie sie erneut aus dem Original oder laden Sie sie erneut herunter.</translation>
        </message>
        <message>
            <source>{name} is not a known setting.</source>
            <translation>{name} ist keine bekannte Einstellung.</translation>
        </message>
        <message>
            <source>{name} is not a readable video: {reason}.</source>
            <translation>{name} ist kein lesbares Video: {reason}.</translation>
        </message>
        <message>
            <source>{name} is not a regular file, so it cannot be an image.</source>
            <translation>{name} ist keine gewöhnliche Datei und kann daher kein Bild sein.</translation>
        </message>
        <message>
            <source>{name} is not an edit list Storyreel can read back: open an .otio or an .xml (Final Cut Pro 7 XML) file.</source>
            <translation>{name} ist keine Schnittliste, die Storyreel zurückholen kann: Öffnen Sie eine .otio- oder .xml-Datei (Final Cut Pro 7 XML).</translation>
        </message>
        <message>
            <source>{name} is not an image Storyreel can read ({reason}).</source>
            <translation>{name} ist kein Bild, das Storyreel lesen kann ({reason}).</translation>
        </message>
        <message>
            <source>{name} is required.</source>
            <translation>{name} ist erforderlich.</translation>
        </message>
        <message>
            <source>{name} stops after {read} of the {declared} its header announces: it was cut short.</source>
            <translation>{name} endet nach {read} der {declared}, die ihr Dateikopf angibt: Die Datei wurde abgeschnitten.</translation>
        </message>
        <message>
            <source>{name} uses a colour mode ({mode}) Storyreel cannot convert to RGB.</source>
            <translation>{name} verwendet einen Farbmodus ({mode}), den Storyreel nicht in RGB umwandeln kann.</translation>
        </message>
        <message>
            <source>{name}: '{text}' is not a whole number.</source>
            <translation>{name}: '{text}' ist keine ganze Zahl.</translation>
        </message>
        <message>
            <source>{name}: '{text}' is not true or false.</source>
            <translation>{name}: '{text}' ist weder wahr noch falsch.</translation>
        </message>
        <message>
            <source>{name}: '{text}' is not valid JSON.</source>
            <translation>{name}: '{text}' ist kein gültiges JSON.</translation>
        </message>
        <message>
            <source>{name}: '{text}' {reason}</source>
            <translation>{name}: '{text}' {reason}</translation>
        </message>
        <message>
            <source>{name}: the value is not valid JSON.</source>
            <translation>{name}: Der Wert ist kein gültiges JSON.</translation>
        </message>
        <message>
            <source>{name}: {warning}</source>
            <translation>{name}: {warning}</translation>
        </message>
        <message>
            <source>{path} cannot be reached ({reason})</source>
            <translation>{path} ist nicht erreichbar ({reason})</translation>
        </message>
        <message>
            <source>{path} is a file, not a folder</source>
            <translation>{path} ist eine Datei, kein Ordner</translation>
        </message>
        <message>
            <source>{reason} It is also in your generation history on RunComfy.</source>
            <translation>{reason} Es ist auch in Ihrem Generierungsverlauf bei RunComfy.</translation>
        </message>
        <message>
            <source>{reason} It is left out; the other models work as usual.</source>
            <translation>{reason} Sie wird ausgelassen; die anderen Modelle funktionieren wie gewohnt.</translation>
        </message>
        <message>
            <source>{reason} Render the preview again: it costs nothing.</source>
            <translation>{reason} Rendern Sie die Vorschau erneut: Das kostet nichts.</translation>
        </message>
        <message>
            <source>{reason} RunComfy keeps requests for a limited time; check your generation history on RunComfy.</source>
            <translation>{reason} RunComfy bewahrt Anfragen nur begrenzte Zeit auf; prüfen Sie Ihren Generierungsverlauf bei RunComfy.</translation>
        </message>
        <message>
            <source>{reason} RunComfy's catalogue is read again instead.</source>
            <translation>{reason} Der Katalog von RunComfy wird stattdessen neu gelesen.</translation>
        </message>
        <message>
            <source>{reason} Storyreel uses its default settings for now.</source>
            <translation>{reason} Storyreel verwendet vorerst seine Standardeinstellungen.</translation>
        </message>
        <message>
            <source>{reason} Storyreel uses its default settings for now. A copy of it is kept as {path}.</source>
            <translation>{reason} Storyreel verwendet vorerst seine Standardeinstellungen. Eine Kopie davon liegt unter {path}.</translation>
        </message>
        <message>
            <source>{reason} The schema Storyreel ships for it is used.</source>
            <translation>{reason} Das mit Storyreel gelieferte Schema wird verwendet.</translation>
        </message>
        <message>
            <source>{reason} {advice}</source>
            <translation>{reason} {advice}</translation>
        </message>
        <message>
            <source>{reason} {help}</source>
            <translation>{reason} {help}</translation>
        </message>
        <message>
            <source>{seconds:.0f} s</source>
            <translation>{seconds:.0f} s</translation>
        </message>
        <message>
            <source>{size:.1f} MB</source>
            <translation>{size:.1f} MB</translation>
        </message>
        <message>
            <source>{size:.3g} KiB</source>
            <translation>{size:.3g} KiB</translation>
        </message>
        <message>
            <source>{size:.3g} MiB</source>
            <translation>{size:.3g} MiB</translation>
        </message>
        <message>
            <source>{size} kB</source>
            <translation>{size} kB</translation>
        </message>
        <message>
            <source>{source} was written for a newer Storyreel (format {version}).</source>
            <translation>{source} wurde für ein neueres Storyreel geschrieben (Format {version}).</translation>
        </message>
        <message>
            <source>{source}: 'input_schema' has no 'properties'.</source>
            <translation>{source}: 'input_schema' hat keine 'properties'.</translation>
        </message>
        <message>
            <source>{source}: 'model_id' is missing.</source>
            <translation>{source}: 'model_id' fehlt.</translation>
        </message>
        <message>
            <source>{source}: expected a JSON object.</source>
            <translation>{source}: Ein JSON-Objekt wurde erwartet.</translation>
        </message>
        <message>
            <source>{summary} Nothing was sent.</source>
            <translation>{summary} Es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>{text} ${known:.2f} for the per-second shots; shot {numbers} is priced per output ({units}).</source>
            <translation>{text} ${known:.2f} für die sekundengenau berechneten Shots; Shot {numbers} wird pro Ausgabe berechnet ({units}).</translation>
        </message>
        <message>
            <source>{text} ${known:.2f} for the per-second shots; shots {numbers} are priced per output ({units}).</source>
            <translation>{text} ${known:.2f} für die sekundengenau berechneten Shots; die Shots {numbers} werden pro Ausgabe berechnet ({units}).</translation>
        </message>
        <message>
            <source>{text} Estimated total ${total:.2f}.</source>
            <translation>{text} Geschätzte Summe ${total:.2f}.</translation>
        </message>
        <message>
            <source>{text} Free local preview: a motion sketch of your frames, not AI generation.</source>
            <translation>{text} Kostenlose lokale Vorschau: eine Bewegungsskizze Ihrer Bilder, keine KI-Generierung.</translation>
        </message>
        <message>
            <source>{text} Price unavailable: the live price of shot {numbers} could not be read ({reason}).</source>
            <translation>{text} Preis nicht verfügbar: Der aktuelle Preis von Shot {numbers} konnte nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>{text} Price unavailable: the live price of shots {numbers} could not be read ({reason}).</source>
            <translation>{text} Preis nicht verfügbar: Der aktuelle Preis der Shots {numbers} konnte nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>{title} has no effect at {condition}.</source>
            <translation>{title} hat bei {condition} keine Wirkung.</translation>
        </message>
        <message>
            <source>{title}: the file {path} cannot be read ({reason}).</source>
            <translation>{title}: Die Datei {path} kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>{title}: the file {path} does not exist.</source>
            <translation>{title}: Die Datei {path} existiert nicht.</translation>
        </message>
        <message>
            <source>{title}: the image cannot be made smaller than {limit} without going under the model's minimum of {side} px per side (it is {width}×{height} px).</source>
            <translation>{title}: Das Bild lässt sich nicht unter {limit} verkleinern, ohne das Minimum des Modells von {side} px pro Seite zu unterschreiten (es ist {width}×{height} px groß).</translation>
        </message>
        <message>
            <source>{title}: the image does not fit in {limit} as PNG, and this model takes no other format.</source>
            <translation>{title}: Das Bild passt als PNG nicht in {limit}, und dieses Modell nimmt kein anderes Format an.</translation>
        </message>
        <message>
            <source>{title}: {message}</source>
            <translation>{title}: {message}</translation>
        </message>
        <message>
            <source>{title}: {name} cannot be made small enough to send from a file without cutting it (RunComfy takes at most {limit} MiB). Shorten it, or give a URL to the file instead.</source>
            <translation>{title}: {name} lässt sich nicht klein genug machen, um es ohne Kürzen aus einer Datei zu senden (RunComfy nimmt höchstens {limit} MiB an). Kürzen Sie es oder geben Sie stattdessen eine URL zur Datei an.</translation>
        </message>
        <message>
            <source>{title}: {name} changed while it was being read, or does not pass its rules once prepared; check it again.</source>
            <translation>{title}: {name} hat sich beim Lesen geändert oder erfüllt nach dem Vorbereiten seine Regeln nicht; prüfen Sie es erneut.</translation>
        </message>
        <message>
            <source>{title}: {path} is not an image Storyreel can read ({reason}).</source>
            <translation>{title}: {path} ist kein Bild, das Storyreel lesen kann ({reason}).</translation>
        </message>
        <message>
            <source>{title}: {reason} Use the original file.</source>
            <translation>{title}: {reason} Verwenden Sie die Originaldatei.</translation>
        </message>
        <message>
            <source>{url} answered with an empty body instead of an image.</source>
            <translation>{url} antwortete mit einem leeren Inhalt statt mit einem Bild.</translation>
        </message>
        <message>
            <source>{url} answered {status} instead of sending the image.</source>
            <translation>{url} antwortete mit {status}, statt das Bild zu senden.</translation>
        </message>
        <message>
            <source>{url} answered {status} without saying where to.</source>
            <translation>{url} antwortete mit {status}, ohne ein Ziel anzugeben.</translation>
        </message>
        <message>
            <source>{url} answered {status}.</source>
            <translation>{url} antwortete mit {status}.</translation>
        </message>
        <message>
            <source>{url} cannot be fetched: {reason}.</source>
            <translation>{url} kann nicht abgerufen werden: {reason}.</translation>
        </message>
        <message>
            <source>{url} did not answer within {seconds}.</source>
            <translation>{url} hat nicht innerhalb von {seconds} geantwortet.</translation>
        </message>
        <message>
            <source>{url} is larger than {limit}, the most Storyreel fetches for checking.</source>
            <translation>{url} ist größer als {limit}, das Höchste, was Storyreel zur Prüfung abruft.</translation>
        </message>
        <message>
            <source>{url} redirected more than {count} times; giving up.</source>
            <translation>{url} hat mehr als {count}-mal weitergeleitet; Abruf abgebrochen.</translation>
        </message>
        <message>
            <source>{url} redirected to {target}, which is not fetched: {reason}</source>
            <translation>{url} leitete auf {target} weiter, das nicht abgerufen wird: {reason}</translation>
        </message>
        <message>
            <source>{url} stopped sending data for {seconds}.</source>
            <translation>{url} hat {seconds} lang keine Daten mehr gesendet.</translation>
        </message>
        <message>
            <source>{value} is not one of {values}.</source>
            <translation>{value} ist keiner der Werte {values}.</translation>
        </message>
        <message>
            <source>{value} is not one of: {listed}.</source>
            <translation>{value} ist keiner der Werte: {listed}.</translation>
        </message>
        <message>
            <source>{value} must be a multiple of {limit}.</source>
            <translation>{value} muss ein Vielfaches von {limit} sein.</translation>
        </message>
        <message>
            <source>{value} must be at least {limit}.</source>
            <translation>{value} muss mindestens {limit} sein.</translation>
        </message>
        <message>
            <source>{value} must be at most {limit}.</source>
            <translation>{value} darf höchstens {limit} sein.</translation>
        </message>
        <message>
            <source>{value} must be less than {limit}.</source>
            <translation>{value} muss kleiner als {limit} sein.</translation>
        </message>
        <message>
            <source>{value} must be more than {limit}.</source>
            <translation>{value} muss größer als {limit} sein.</translation>
        </message>
        <message>
            <source>{what} cannot be opened: its "{key}" should be {wanted}, but it is {actual}. The file was left as it is; correct it in a text editor or open another storyboard.</source>
            <translation>{what} kann nicht geöffnet werden: Der Eintrag "{key}" sollte {wanted} sein, ist aber {actual}. Die Datei wurde nicht verändert; korrigieren Sie sie in einem Texteditor oder öffnen Sie ein anderes Storyboard.</translation>
        </message>
        <message>
            <source>{what} cannot be read: it is a folder, not a file.</source>
            <translation>{what} kann nicht gelesen werden: Das ist ein Ordner, keine Datei.</translation>
        </message>
        <message>
            <source>{what} cannot be read: it is not a text file (not UTF-8).</source>
            <translation>{what} kann nicht gelesen werden: Das ist keine Textdatei (kein UTF-8).</translation>
        </message>
        <message>
            <source>{what} cannot be read: it is not valid JSON ({problem} at line {line}).</source>
            <translation>{what} kann nicht gelesen werden: Der Inhalt ist kein gültiges JSON ({problem} in Zeile {line}).</translation>
        </message>
        <message>
            <source>{what} cannot be read: its data is nested more than {depth} levels deep, which no file Storyreel writes is.</source>
            <translation>{what} kann nicht gelesen werden: Die Daten sind mehr als {depth} Ebenen tief verschachtelt, was bei keiner von Storyreel geschriebenen Datei vorkommt.</translation>
        </message>
        <message>
            <source>{what} cannot be read: {reason}.</source>
            <translation>{what} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>{what} failed; it was not sent</source>
            <translation>{what} fehlgeschlagen; es wurde nichts gesendet</translation>
        </message>
        <message>
            <source>{what} has an unreadable storyboard version ({version}); expected a whole number from 0 to {latest}.</source>
            <translation>{what} hat eine unlesbare Storyboard-Version ({version}); erwartet wird eine ganze Zahl von 0 bis {latest}.</translation>
        </message>
        <message>
            <source>{what} is not a Storyreel storyboard: it has no "format": "{name}" entry.</source>
            <translation>{what} ist kein Storyreel-Storyboard: Der Eintrag "format": "{name}" fehlt.</translation>
        </message>
        <message>
            <source>{what} was saved by a newer Storyreel (storyboard format version {version}); this Storyreel opens versions up to {latest}. Update Storyreel to open it.</source>
            <translation>{what} wurde von einem neueren Storyreel gespeichert (Storyboard-Formatversion {version}); dieses Storyreel öffnet Versionen bis {latest}. Aktualisieren Sie Storyreel, um sie zu öffnen.</translation>
        </message>
        <message>
            <source>{what}: RunComfy answered with JSON that is not an object.</source>
            <translation>{what}: RunComfy hat mit JSON geantwortet, das kein Objekt ist.</translation>
        </message>
        <message>
            <source>{what}: RunComfy answered with a server error (HTTP {status}), so it may or may not have queued the job.</source>
            <translation>{what}: RunComfy hat mit einem Serverfehler geantwortet (HTTP {status}), daher ist unklar, ob der Auftrag in die Warteschlange gestellt wurde.</translation>
        </message>
        <message>
            <source>{what}: RunComfy answered with something that is not JSON.</source>
            <translation>{what}: RunComfy hat mit etwas geantwortet, das kein JSON ist.</translation>
        </message>
        <message>
            <source>{what}: RunComfy had a server error (HTTP {status}) and Storyreel's retries did not get past it.{said}</source>
            <translation>{what}: Bei RunComfy trat ein Serverfehler auf (HTTP {status}), und auch die Wiederholungen von Storyreel kamen nicht darüber hinweg.{said}</translation>
        </message>
        <message>
            <source>{what}: RunComfy is receiving too many requests from this account.{after} Storyreel waited and tried again; try again in a minute.{said}</source>
            <translation>{what}: RunComfy erhält zu viele Anfragen von diesem Konto.{after} Storyreel hat gewartet und es erneut versucht; versuchen Sie es in einer Minute noch einmal.{said}</translation>
        </message>
        <message>
            <source>{what}: RunComfy refused the request (HTTP {status}) without a reason.</source>
            <translation>{what}: RunComfy hat die Anfrage ohne Begründung abgelehnt (HTTP {status}).</translation>
        </message>
        <message>
            <source>{what}: RunComfy refused the request (HTTP {status}).{said}</source>
            <translation>{what}: RunComfy hat die Anfrage abgelehnt (HTTP {status}).{said}</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer (HTTP {status}) was not what its API promises.{said}</source>
            <translation>{what}: Die Antwort von RunComfy (HTTP {status}) entsprach nicht dem, was seine API zusagt.{said}</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer carried no usable request id, so Storyreel cannot tell whether the job was queued.</source>
            <translation>{what}: Die Antwort von RunComfy enthielt keine verwendbare Anfrage-ID, daher kann Storyreel nicht feststellen, ob der Auftrag in die Warteschlange gestellt wurde.</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer has neither a status nor an output.</source>
            <translation>{what}: Die Antwort von RunComfy enthält weder einen Status noch eine Ausgabe.</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer has no status.</source>
            <translation>{what}: Die Antwort von RunComfy enthält keinen Status.</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer has no usable price (price {price}, unit {unit}), so nothing is sent.</source>
            <translation>{what}: Die Antwort von RunComfy enthält keinen verwendbaren Preis (Preis {price}, Einheit {unit}), daher wird nichts gesendet.</translation>
        </message>
        <message>
            <source>{what}: the API key was refused (missing, expired or revoked, or the account is inactive). Check it in Settings.{said}</source>
            <translation>{what}: Der API-Schlüssel wurde abgelehnt (fehlend, abgelaufen oder widerrufen, oder das Konto ist inaktiv). Prüfen Sie ihn in den Einstellungen.{said}</translation>
        </message>
        <message>
            <source>{what}: the answer states no balance.</source>
            <translation>{what}: Die Antwort nennt kein Guthaben.</translation>
        </message>
        <message>
            <source>{what}: the connection failed after the job was sent ({reason}), so RunComfy may or may not have received it.</source>
            <translation>{what}: Die Verbindung ist nach dem Senden des Auftrags abgebrochen ({reason}), daher ist unklar, ob RunComfy ihn erhalten hat.</translation>
        </message>
        <message>
            <source>{what}: the job is gone on the server (its request id is unknown, deleted or expired).{said}</source>
            <translation>{what}: Der Auftrag ist auf dem Server nicht mehr vorhanden (seine Anfrage-ID ist unbekannt, gelöscht oder abgelaufen).{said}</translation>
        </message>
        <message>
            <source>{what}: the model id is wrong, or the request id is malformed, so RunComfy does not know it.{said}</source>
            <translation>{what}: Die Modell-ID ist falsch oder die Anfrage-ID fehlerhaft, daher kennt RunComfy sie nicht.{said}</translation>
        </message>
        <message>
            <source>{what}: the server sent a redirect to {where}, which Storyreel does not follow: check the API address in Settings.</source>
            <translation>{what}: Der Server leitete auf {where} weiter, was Storyreel nicht befolgt: Prüfen Sie die API-Adresse in den Einstellungen.</translation>
        </message>
        <message>
            <source>{what}: the server's answer was larger ({size}) than the {limit} an API answer may be, so Storyreel stopped reading it. Check the API address in Settings: it may not be RunComfy's Model API.</source>
            <translation>{what}: Die Antwort des Servers ({size}) war größer als die {limit}, die eine API-Antwort haben darf, daher hat Storyreel aufgehört, sie zu lesen. Prüfen Sie die API-Adresse in den Einstellungen: Sie führt möglicherweise nicht zur Model API von RunComfy.</translation>
        </message>
        <message>
            <source>{what}: the server's answer was larger than the {limit} an API answer may be, so Storyreel stopped reading it. Check the API address in Settings: it may not be RunComfy's Model API.</source>
            <translation>{what}: Die Antwort des Servers war größer als die {limit}, die eine API-Antwort haben darf, daher hat Storyreel aufgehört, sie zu lesen. Prüfen Sie die API-Adresse in den Einstellungen: Sie führt möglicherweise nicht zur Model API von RunComfy.</translation>
        </message>
        <message>
            <source>{what}: this request belongs to another RunComfy account, so the API key in use cannot see it.{said}</source>
            <translation>{what}: Diese Anfrage gehört zu einem anderen RunComfy-Konto, daher kann der verwendete API-Schlüssel sie nicht sehen.{said}</translation>
        </message>
        <message>
            <source>{what}: your RunComfy balance is used up. Top up your RunComfy account; nothing was run.{said}</source>
            <translation>{what}: Ihr RunComfy-Guthaben ist aufgebraucht. Laden Sie Ihr RunComfy-Konto auf; es wurde nichts ausgeführt.{said}</translation>
        </message>
        <message>
            <source>{what}: {host} could not be reached ({reason}). Check your internet connection; Storyreel tried several times.</source>
            <translation>{what}: {host} war nicht erreichbar ({reason}). Prüfen Sie Ihre Internetverbindung; Storyreel hat es mehrmals versucht.</translation>
        </message>
        <message>
            <source>{what}: {host} did not answer in time ({reason}). Check your internet connection; Storyreel tried several times.</source>
            <translation>{what}: {host} hat nicht rechtzeitig geantwortet ({reason}). Prüfen Sie Ihre Internetverbindung; Storyreel hat es mehrmals versucht.</translation>
        </message>
        <message>
            <source>{what}: {host} dropped the connection ({reason}). Check your internet connection; Storyreel tried several times.</source>
            <translation>{what}: {host} hat die Verbindung abgebrochen ({reason}). Prüfen Sie Ihre Internetverbindung; Storyreel hat es mehrmals versucht.</translation>
        </message>
        <message>
            <source>{what}: {host} offers no balance Storyreel knows.</source>
            <translation>{what}: {host} bietet kein Guthaben an, das Storyreel kennt.</translation>
        </message>
        <message>
            <source>{where}: {message}</source>
            <translation>{where}: {message}</translation>
        </message>
        <message>
            <source>{written} of {total} bytes arrived</source>
            <translation>{written} von {total} Byte sind angekommen</translation>
        </message>
    </context>
    <context>
        <name>ExportFlow</name>
        <message>
            <source>An export is already running.</source>
            <translation>Ein Export läuft bereits.</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Export cancelled: {name} was not written.</source>
            <translation>Export abgebrochen: {name} wurde nicht geschrieben.</translation>
        </message>
        <message>
            <source>Export sequence as MP4</source>
            <translation>Sequenz als MP4 exportieren</translation>
        </message>
        <message>
            <source>Export shot list as CSV</source>
            <translation>Shotliste als CSV exportieren</translation>
        </message>
        <message>
            <source>Export shot list as JSON</source>
            <translation>Shotliste als JSON exportieren</translation>
        </message>
        <message>
            <source>Exported {name}: {seconds} s, {width}×{height}, with its captions beside it.</source>
            <translation>{name} exportiert: {seconds} s, {width}×{height}, mit den Untertiteln daneben.</translation>
        </message>
        <message>
            <source>Exporting {name}…</source>
            <translation>{name} wird exportiert…</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>MP4 video (*.mp4)</source>
            <translation>MP4-Video (*.mp4)</translation>
        </message>
        <message>
            <source>Shot list saved as {name}.</source>
            <translation>Shotliste als {name} gespeichert.</translation>
        </message>
        <message>
            <source>Shots not rendered yet are held as their first frame.</source>
            <translation>Noch nicht gerenderte Shots werden als Standbild ihres Startbilds gezeigt.</translation>
        </message>
        <message>
            <source>The shot list could not be saved as {name}: {error}</source>
            <translation>Die Shotliste konnte nicht als {name} gespeichert werden: {error}</translation>
        </message>
        <message>
            <source>There is nothing to export yet: add frames first.</source>
            <translation>Noch gibt es nichts zu exportieren: Fügen Sie zuerst Bilder hinzu.</translation>
        </message>
        <message>
            <source>{name} could not be exported: {error}</source>
            <translation>{name} konnte nicht exportiert werden: {error}</translation>
        </message>
        <message>
            <source>{name} shot list</source>
            <translation>{name} Shotliste</translation>
        </message>
    </context>
    <context>
        <name>FetchProgress</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel fetching the image</source>
            <translation>Abrufen des Bildes abbrechen</translation>
        </message>
        <message>
            <source>Fetched {amount}</source>
            <translation>{amount} abgerufen</translation>
        </message>
        <message>
            <source>Stop fetching this image.</source>
            <translation>Das Abrufen dieses Bildes beenden.</translation>
        </message>
        <message>
            <source>Waiting for the server…</source>
            <translation>Warten auf den Server…</translation>
        </message>
        <message>
            <source>{received} of {total}</source>
            <translation>{received} von {total}</translation>
        </message>
    </context>
    <context>
        <name>FieldLabels</name>
        <message>
            <source>Aspect ratio</source>
            <translation>Seitenverhältnis</translation>
        </message>
        <message>
            <source>Camera fixed</source>
            <translation>Feste Kamera</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>First frame</source>
            <translation>Startbild</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>Generate audio</source>
            <translation>Audio generieren</translation>
        </message>
        <message>
            <source>Last frame</source>
            <translation>Endbild</translation>
        </message>
        <message>
            <source>Negative prompt</source>
            <translation>Negativ-Prompt</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Published title: {title}</source>
            <translation>Veröffentlichter Titel: {title}</translation>
        </message>
        <message>
            <source>Reference images</source>
            <translation>Referenzbilder</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Auflösung</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
    </context>
    <context>
        <name>FieldWidget</name>
        <message>
            <source>Image {n}: </source>
            <translation>Bild {n}: </translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>&amp;Export sequence as MP4…</source>
            <translation>Sequenz als MP4 &amp;exportieren…</translation>
        </message>
        <message>
            <source>&amp;New storyboard</source>
            <translation>&amp;Neues Storyboard</translation>
        </message>
        <message>
            <source>&amp;Open storyboard…</source>
            <translation>Storyboard ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Save storyboard</source>
            <translation>Storyboard &amp;speichern</translation>
        </message>
        <message>
            <source>Add frames…</source>
            <translation>Bilder hinzufügen…</translation>
        </message>
        <message>
            <source>Add images after the selected frame (Insert)</source>
            <translation>Bilder nach dem ausgewählten Bild hinzufügen (Einfg)</translation>
        </message>
        <message>
            <source>Choose the part of the selected frame the shot keeps, at the shot's aspect ratio (Ctrl+Shift+F)</source>
            <translation>Den Teil des ausgewählten Bildes wählen, den der Shot behält, im Seitenverhältnis des Shots (Strg+Umschalt+F)</translation>
        </message>
        <message>
            <source>Clear the list</source>
            <translation>Liste leeren</translation>
        </message>
        <message>
            <source>Continue from last frame</source>
            <translation>Ab dem letzten Bild fortsetzen</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>Duplicate the selected frame, with its shot's settings (Ctrl+D)</source>
            <translation>Ausgewähltes Bild mit den Einstellungen seines Shots duplizieren (Strg+D)</translation>
        </message>
        <message>
            <source>Every shot with its frames, model, prompt, settings, cost and clip</source>
            <translation>Jeder Shot mit Bildern, Modell, Prompt, Einstellungen, Kosten und Clip</translation>
        </message>
        <message>
            <source>Every take of this shot: choose the one the sequence plays, reject, delete, star or compare them</source>
            <translation>Alle Takes dieses Shots: Wählen Sie den Take, den die Sequenz abspielt, verwerfen, löschen, markieren oder vergleichen Sie sie</translation>
        </message>
        <message>
            <source>Export shot list as &amp;CSV…</source>
            <translation>Shotliste als &amp;CSV exportieren…</translation>
        </message>
        <message>
            <source>Export shot list as &amp;JSON…</source>
            <translation>Shotliste als &amp;JSON exportieren…</translation>
        </message>
        <message>
            <source>Frame…</source>
            <translation>Ausschnitt…</translation>
        </message>
        <message>
            <source>Generate selected shots</source>
            <translation>Ausgewählte Shots generieren</translation>
        </message>
        <message>
            <source>Move left</source>
            <translation>Nach links</translation>
        </message>
        <message>
            <source>Move right</source>
            <translation>Nach rechts</translation>
        </message>
        <message>
            <source>Move the selected frame one place earlier (Alt+Left)</source>
            <translation>Ausgewähltes Bild eine Stelle nach vorn (Alt+Links)</translation>
        </message>
        <message>
            <source>Move the selected frame one place later (Alt+Right)</source>
            <translation>Ausgewähltes Bild eine Stelle nach hinten (Alt+Rechts)</translation>
        </message>
        <message>
            <source>No recent storyboards</source>
            <translation>Keine zuletzt verwendeten Storyboards</translation>
        </message>
        <message>
            <source>One video of the whole board: finished clips, held frames for the rest</source>
            <translation>Ein Video des ganzen Storyboards: fertige Clips, Standbilder für den Rest</translation>
        </message>
        <message>
            <source>Open &amp;recent storyboard</source>
            <translation>&amp;Zuletzt verwendetes Storyboard</translation>
        </message>
        <message>
            <source>Open a storyboard file</source>
            <translation>Eine Storyboard-Datei öffnen</translation>
        </message>
        <message>
            <source>Play from this shot</source>
            <translation>Ab diesem Shot abspielen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected frame (Delete)</source>
            <translation>Ausgewähltes Bild entfernen (Entf)</translation>
        </message>
        <message>
            <source>Save storyboard &amp;as…</source>
            <translation>Storyboard speichern &amp;unter…</translation>
        </message>
        <message>
            <source>Save the storyboard (boards with a file are also saved as you work)</source>
            <translation>Storyboard speichern (Storyboards mit Datei werden auch beim Arbeiten gespeichert)</translation>
        </message>
        <message>
            <source>Save the storyboard to a new file</source>
            <translation>Storyboard in einer neuen Datei speichern</translation>
        </message>
        <message>
            <source>Start an empty storyboard</source>
            <translation>Ein leeres Storyboard beginnen</translation>
        </message>
        <message>
            <source>Takes…</source>
            <translation>Takes…</translation>
        </message>
        <message>
            <source>The last frame of this shot's clip becomes a new frame right after it, so the scene goes on from where the clip ends</source>
            <translation>Das letzte Bild des Clips dieses Shots wird direkt danach zu einem neuen Bild, sodass die Szene dort weitergeht, wo der Clip endet</translation>
        </message>
        <message>
            <source>The shot list for a spreadsheet</source>
            <translation>Die Shotliste für eine Tabellenkalkulation</translation>
        </message>
    </context>
    <context>
        <name>FixActions</name>
        <message>
            <source>Colour of the bars</source>
            <translation>Farbe der Balken</translation>
        </message>
        <message>
            <source>Crop to {ratio}…</source>
            <translation>Auf {ratio} zuschneiden…</translation>
        </message>
        <message>
            <source>That region cannot be made to pass this model's size rules; frame a larger part of the picture.</source>
            <translation>Dieser Bereich kann die Größenregeln dieses Modells nicht erfüllen; wählen Sie einen größeren Ausschnitt des Bildes.</translation>
        </message>
    </context>
    <context>
        <name>FixButtons</name>
        <message>
            <source>Another colour…</source>
            <translation>Andere Farbe…</translation>
        </message>
        <message>
            <source>Black bars</source>
            <translation>Schwarze Balken</translation>
        </message>
        <message>
            <source>Blurred edges</source>
            <translation>Unscharfe Ränder</translation>
        </message>
        <message>
            <source>Mirrored edges</source>
            <translation>Gespiegelte Ränder</translation>
        </message>
    </context>
    <context>
        <name>FixTitles</name>
        <message>
            <source>Convert to {fmt}</source>
            <translation>In {fmt} umwandeln</translation>
        </message>
        <message>
            <source>Convert to {fmt} under {mb}</source>
            <translation>In {fmt} unter {mb} umwandeln</translation>
        </message>
        <message>
            <source>Crop to {size}</source>
            <translation>Auf {size} zuschneiden</translation>
        </message>
        <message>
            <source>Downscale to {size}</source>
            <translation>Auf {size} verkleinern</translation>
        </message>
        <message>
            <source>Pad to {size}</source>
            <translation>Auf {size} auffüllen</translation>
        </message>
        <message>
            <source>Re-encode to {fmt} under {mb}</source>
            <translation>Als {fmt} unter {mb} neu kodieren</translation>
        </message>
        <message>
            <source>Save upright</source>
            <translation>Aufrecht speichern</translation>
        </message>
        <message>
            <source>Upscale to {size}</source>
            <translation>Auf {size} vergrößern</translation>
        </message>
    </context>
    <context>
        <name>Fixes</name>
        <message>
            <source>Adds black bars above and below to reach an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>Fügt oben und unten schwarze Balken hinzu, um ein Seitenverhältnis von {ratio} zu erreichen, und bringt das Bild auf {size} px, {saved}.</translation>
        </message>
        <message>
            <source>Adds black bars left and right to reach an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>Fügt links und rechts schwarze Balken hinzu, um ein Seitenverhältnis von {ratio} zu erreichen, und bringt das Bild auf {size} px, {saved}.</translation>
        </message>
        <message>
            <source>Adds transparent bars above and below to reach an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>Fügt oben und unten transparente Balken hinzu, um ein Seitenverhältnis von {ratio} zu erreichen, und bringt das Bild auf {size} px, {saved}.</translation>
        </message>
        <message>
            <source>Adds transparent bars left and right to reach an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>Fügt links und rechts transparente Balken hinzu, um ein Seitenverhältnis von {ratio} zu erreichen, und bringt das Bild auf {size} px, {saved}.</translation>
        </message>
        <message>
            <source>Convert to MP4 ({codecs})</source>
            <translation>In MP4 ({codecs}) umwandeln</translation>
        </message>
        <message>
            <source>Convert to MP4 ({codecs}) under {size}</source>
            <translation>In MP4 ({codecs}) unter {size} umwandeln</translation>
        </message>
        <message>
            <source>Convert to WAV ({rate:g} kHz, mono)</source>
            <translation>In WAV ({rate:g} kHz, Mono) umwandeln</translation>
        </message>
        <message>
            <source>Convert to WAV ({rate:g} kHz, stereo)</source>
            <translation>In WAV ({rate:g} kHz, Stereo) umwandeln</translation>
        </message>
        <message>
            <source>Crops the left and right edges to an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>Schneidet den linken und rechten Rand auf ein Seitenverhältnis von {ratio} zu und bringt das Bild auf {size} px, {saved}.</translation>
        </message>
        <message>
            <source>Crops the top and bottom to an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>Schneidet oben und unten auf ein Seitenverhältnis von {ratio} zu und bringt das Bild auf {size} px, {saved}.</translation>
        </message>
        <message>
            <source>Downscale to {width} × {height}</source>
            <translation>Auf {width} × {height} verkleinern</translation>
        </message>
        <message>
            <source>Lower the frame rate to {fps:g} fps</source>
            <translation>Bildrate auf {fps:g} fps senken</translation>
        </message>
        <message>
            <source>Saves a copy in {format} format, which this field accepts; the picture itself is not changed.</source>
            <translation>Speichert eine Kopie im Format {format}, das dieses Feld annimmt; das Bild selbst bleibt unverändert.</translation>
        </message>
        <message>
            <source>Saves a {format} copy at the highest quality that stays under {limit}, scaling it down only if that is not enough.</source>
            <translation>Speichert eine {format}-Kopie in der höchsten Qualität, die unter {limit} bleibt, und verkleinert sie nur, wenn das nicht reicht.</translation>
        </message>
        <message>
            <source>Saves a {format} copy with the camera's rotation applied to the pixels, so that every reader sees it upright at {size} px.</source>
            <translation>Speichert eine {format}-Kopie, bei der die Drehung der Kamera auf die Pixel angewendet ist, sodass jedes Programm sie aufrecht in {size} px sieht.</translation>
        </message>
        <message>
            <source>Scales the image down to {size} px so that {reason}, {saved}.</source>
            <translation>Skaliert das Bild auf {size} px herunter, sodass {reason}, {saved}.</translation>
        </message>
        <message>
            <source>Scales the image up to {size} px so that {reason}, {saved}.</source>
            <translation>Skaliert das Bild auf {size} px hoch, sodass {reason}, {saved}.</translation>
        </message>
        <message>
            <source>Trim to {length}</source>
            <translation>Auf {length} kürzen</translation>
        </message>
        <message>
            <source>at least {pixels} px</source>
            <translation>mindestens {pixels} px</translation>
        </message>
        <message>
            <source>at most {pixels} px</source>
            <translation>höchstens {pixels} px</translation>
        </message>
        <message>
            <source>convert to MP4 ({codecs})</source>
            <translation>in MP4 ({codecs}) umwandeln</translation>
        </message>
        <message>
            <source>convert to MP4 ({codecs}) under {size}</source>
            <translation>in MP4 ({codecs}) unter {size} umwandeln</translation>
        </message>
        <message>
            <source>convert to WAV ({rate:g} kHz, mono)</source>
            <translation>in WAV ({rate:g} kHz, Mono) umwandeln</translation>
        </message>
        <message>
            <source>convert to WAV ({rate:g} kHz, stereo)</source>
            <translation>in WAV ({rate:g} kHz, Stereo) umwandeln</translation>
        </message>
        <message>
            <source>downscale to {width} × {height}</source>
            <translation>auf {width} × {height} verkleinern</translation>
        </message>
        <message>
            <source>each side is {limits}</source>
            <translation>jede Seite {limits} ist</translation>
        </message>
        <message>
            <source>it meets the size rules</source>
            <translation>es die Größenregeln erfüllt</translation>
        </message>
        <message>
            <source>less than {pixels} px</source>
            <translation>kleiner als {pixels} px</translation>
        </message>
        <message>
            <source>lower the frame rate to {fps:g} fps</source>
            <translation>Bildrate auf {fps:g} fps senken</translation>
        </message>
        <message>
            <source>more than {pixels} px</source>
            <translation>größer als {pixels} px</translation>
        </message>
        <message>
            <source>saved as a new {format} file</source>
            <translation>als neue {format}-Datei gespeichert</translation>
        </message>
        <message>
            <source>saved as a new {format} file under {limit}</source>
            <translation>als neue {format}-Datei unter {limit} gespeichert</translation>
        </message>
        <message>
            <source>the height is {limits}</source>
            <translation>die Höhe {limits} ist</translation>
        </message>
        <message>
            <source>the width is {limits}</source>
            <translation>die Breite {limits} ist</translation>
        </message>
        <message>
            <source>trim to {length}</source>
            <translation>auf {length} kürzen</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} und {second}</translation>
        </message>
        <message>
            <source>{first}, {rest}</source>
            <translation>{first}, {rest}</translation>
        </message>
        <message>
            <source>{kilobytes} kB</source>
            <translation>{kilobytes} kB</translation>
        </message>
        <message>
            <source>{megabytes:.1f} MB</source>
            <translation>{megabytes:.1f} MB</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{seconds:g} s</source>
            <translation>{seconds:g} s</translation>
        </message>
        <message>
            <source>{title}. The original file is kept; the copy is used instead.</source>
            <translation>{title}. Die Originaldatei bleibt erhalten; stattdessen wird die Kopie verwendet.</translation>
        </message>
    </context>
    <context>
        <name>FrameFraming</name>
        <message>
            <source>Frame image</source>
            <translation>Bildausschnitt wählen</translation>
        </message>
        <message>
            <source>Frame {n} is framed: Undo brings the whole picture back.</source>
            <translation>Für Bild {n} ist ein Ausschnitt gewählt: Rückgängig holt das ganze Bild zurück.</translation>
        </message>
        <message>
            <source>Select a frame to frame it.</source>
            <translation>Wählen Sie ein Bild aus, um seinen Ausschnitt festzulegen.</translation>
        </message>
        <message>
            <source>That region cannot be made to pass this model's size rules; frame a larger part of the picture.</source>
            <translation>Dieser Bereich kann die Größenregeln dieses Modells nicht erfüllen; wählen Sie einen größeren Ausschnitt des Bildes.</translation>
        </message>
        <message>
            <source>The frame was removed before its framed copy was ready: {path}.</source>
            <translation>Das Bild wurde entfernt, bevor sein Ausschnitt fertig war: {path}.</translation>
        </message>
        <message>
            <source>The image of frame {n} is missing, so it cannot be framed.</source>
            <translation>Das Bild {n} fehlt, daher kann kein Ausschnitt gewählt werden.</translation>
        </message>
    </context>
    <context>
        <name>FrameRestorer</name>
        <message numerus="yes">
            <source>The pictures {files} from last time are no longer where they were, so they were left out. Drop them again to use them.</source>
            <translation>
                <numerusform>Das Bild {files} vom letzten Mal ist nicht mehr dort, wo es war, und wurde daher weggelassen. Legen Sie es erneut ab, um es zu verwenden.</numerusform>
                <numerusform>Die Bilder {files} vom letzten Mal sind nicht mehr dort, wo sie waren, und wurden daher weggelassen. Legen Sie sie erneut ab, um sie zu verwenden.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrameStrip</name>
        <message>
            <source>Drop images or a folder here to lay out your story frame by frame,
or use Add frames…</source>
            <translation>Ziehen Sie Bilder oder einen Ordner hierher, um Ihre Geschichte Bild für Bild anzulegen,
oder nutzen Sie Bilder hinzufügen…</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>The storyboard's frames in order. Delete removes the selected frame, Ctrl+D duplicates it, Alt+Left and Alt+Right move it.</source>
            <translation>Die Bilder des Storyboards der Reihe nach. Entf entfernt das ausgewählte Bild, Strg+D dupliziert es, Alt+Links und Alt+Rechts verschieben es.</translation>
        </message>
    </context>
    <context>
        <name>FramingCanvas</name>
        <message>
            <source>Framing rectangle</source>
            <translation>Ausschnittsrahmen</translation>
        </message>
        <message>
            <source>{width} × {height} px from {left}, {top}</source>
            <translation>{width} × {height} px ab {left}, {top}</translation>
        </message>
    </context>
    <context>
        <name>FramingDialog</name>
        <message>
            <source>Crop</source>
            <translation>Zuschneiden</translation>
        </message>
        <message>
            <source>Drag the frame to choose what the shot keeps, or a corner to resize it; the aspect ratio stays {ratio}. Arrow keys move it (with Shift, ten pixels at a time), + and − resize it, Home centres it, F makes it as large as it can be.</source>
            <translation>Ziehen Sie den Rahmen, um zu wählen, was der Shot behält, oder eine Ecke, um seine Größe zu ändern; das Seitenverhältnis bleibt {ratio}. Die Pfeiltasten verschieben ihn (mit Umschalt zehn Pixel auf einmal), + und − ändern die Größe, Pos1 zentriert ihn, F macht ihn so groß wie möglich.</translation>
        </message>
        <message>
            <source>Frame {name}</source>
            <translation>Ausschnitt: {name}</translation>
        </message>
        <message>
            <source>Keeps {width} × {height} px, from {left}, {top}.</source>
            <translation>Behält {width} × {height} px, ab {left}, {top}.</translation>
        </message>
        <message>
            <source>Thin lines: the rule of thirds. Dashed line: the title-safe area, where text stays visible on every screen.</source>
            <translation>Dünne Linien: die Drittelregel. Gestrichelte Linie: der titelsichere Bereich, in dem Text auf jedem Bildschirm sichtbar bleibt.</translation>
        </message>
    </context>
    <context>
        <name>GenerateFlow</name>
        <message>
            <source>Free local preview · nothing is sent or paid</source>
            <translation>Gratis-Vorschau auf diesem Rechner · nichts wird gesendet oder bezahlt</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Generieren</translation>
        </message>
        <message>
            <source>Generate a clip with these settings (Ctrl+Enter)</source>
            <translation>Einen Clip mit diesen Einstellungen generieren (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Generate preview</source>
            <translation>Vorschau generieren</translation>
        </message>
        <message>
            <source>Generate · {price}</source>
            <translation>Generieren · {price}</translation>
        </message>
        <message>
            <source>Not sent: it would pass your spending cap.</source>
            <translation>Nicht gesendet: Es würde Ihr Ausgabenlimit überschreiten.</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <source>Price unavailable</source>
            <translation>Preis nicht verfügbar</translation>
        </message>
        <message>
            <source>Reading the price…</source>
            <translation>Preis wird gelesen…</translation>
        </message>
        <message>
            <source>Sending your job…</source>
            <translation>Ihr Auftrag wird gesendet…</translation>
        </message>
        <message>
            <source>Storyreel is still starting.</source>
            <translation>Storyreel startet noch.</translation>
        </message>
        <message>
            <source>Why Generate is not available</source>
            <translation>Warum Generieren nicht verfügbar ist</translation>
        </message>
        <message>
            <source>second</source>
            <translation>Sekunde</translation>
        </message>
        <message>
            <source>video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>{price} per {unit}</source>
            <translation>{price} pro {unit}</translation>
        </message>
        <message>
            <source>{total} estimated · {per_unit}</source>
            <translation>{total} geschätzt · {per_unit}</translation>
        </message>
    </context>
    <context>
        <name>GenericWidget</name>
        <message>
            <source>'{text}' cannot be read as a {kind} value ({reason}).</source>
            <translation>„{text}“ lässt sich nicht als {kind}-Wert lesen ({reason}).</translation>
        </message>
        <message>
            <source>A value, as JSON</source>
            <translation>Ein Wert, als JSON</translation>
        </message>
        <message>
            <source>A {kind} value, as JSON</source>
            <translation>Ein {kind}-Wert, als JSON</translation>
        </message>
    </context>
    <context>
        <name>HandoffDialog</name>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Ordner:</translation>
        </message>
        <message>
            <source>A4, landscape</source>
            <translation>A4, quer</translation>
        </message>
        <message>
            <source>Animatic video (MP4), with its captions (.srt) beside it</source>
            <translation>Animatic-Video (MP4), mit Untertiteln (.srt) daneben</translation>
        </message>
        <message>
            <source>Board PDF: frames in a grid with prompts and notes</source>
            <translation>Storyboard-PDF: Bilder im Raster mit Prompts und Notizen</translation>
        </message>
        <message>
            <source>Bottom left</source>
            <translation>Unten links</translation>
        </message>
        <message>
            <source>Bottom right</source>
            <translation>Unten rechts</translation>
        </message>
        <message>
            <source>CMX 3600 edit decision list (.edl)</source>
            <translation>CMX-3600-Schnittliste (.edl)</translation>
        </message>
        <message>
            <source>Captions (.srt): shot numbers and notes</source>
            <translation>Untertitel (.srt): Shotnummern und Notizen</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Export for an editor</source>
            <translation>Für den Schnitt exportieren</translation>
        </message>
        <message>
            <source>Export into folder</source>
            <translation>In Ordner exportieren</translation>
        </message>
        <message>
            <source>Final Cut Pro 7 XML (.xml) for Premiere Pro and Resolve</source>
            <translation>Final-Cut-Pro-7-XML (.xml) für Premiere Pro und Resolve</translation>
        </message>
        <message>
            <source>Not burnt in</source>
            <translation>Nicht eingebrannt</translation>
        </message>
        <message>
            <source>OpenTimelineIO timeline (.otio) for DaVinci Resolve</source>
            <translation>OpenTimelineIO-Timeline (.otio) für DaVinci Resolve</translation>
        </message>
        <message>
            <source>PDF &amp;paper:</source>
            <translation>PDF-&amp;Papier:</translation>
        </message>
        <message>
            <source>Shot numbers and notes in the &amp;video:</source>
            <translation>Shotnummern und Notizen im &amp;Video:</translation>
        </message>
        <message>
            <source>Top left</source>
            <translation>Oben links</translation>
        </message>
        <message>
            <source>Top right</source>
            <translation>Oben rechts</translation>
        </message>
        <message>
            <source>US Letter, landscape</source>
            <translation>US Letter, quer</translation>
        </message>
        <message>
            <source>Write these files:</source>
            <translation>Diese Dateien schreiben:</translation>
        </message>
    </context>
    <context>
        <name>HandoffFlow</name>
        <message numerus="yes">
            <source>%n clips matched no shot of this board and were left out.</source>
            <translation>
                <numerusform>%n Clip passte zu keinem Shot dieses Storyboards und wurde ausgelassen.</numerusform>
                <numerusform>%n Clips passten zu keinem Shot dieses Storyboards und wurden ausgelassen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files of the same name are already in {folder}.</source>
            <translation>
                <numerusform>In {folder} liegt bereits %n Datei gleichen Namens.</numerusform>
                <numerusform>In {folder} liegen bereits %n Dateien gleichen Namens.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Bring back an edit…</source>
            <translation>Schnitt zu&amp;rückholen…</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>An edit list (.otio, .xml, .edl), captions, the animatic and a board PDF</source>
            <translation>Eine Schnittliste (.otio, .xml, .edl), Untertitel, das Animatic und ein Storyboard-PDF</translation>
        </message>
        <message>
            <source>An export is already running.</source>
            <translation>Ein Export läuft bereits.</translation>
        </message>
        <message>
            <source>Bring back an edit</source>
            <translation>Schnitt zurückholen</translation>
        </message>
        <message>
            <source>Bring back the edit from {name}</source>
            <translation>Schnitt aus {name} zurückholen</translation>
        </message>
        <message>
            <source>Brought back from {name} (Undo takes it back):</source>
            <translation>Aus {name} zurückgeholt (Rückgängig nimmt es zurück):</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Edit lists (*.otio *.xml)</source>
            <translation>Schnittlisten (*.otio *.xml)</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>Export abgebrochen.</translation>
        </message>
        <message>
            <source>Export for an e&amp;ditor…</source>
            <translation>Für den Sc&amp;hnitt exportieren…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n files: {names}.</source>
            <translation>
                <numerusform>%n Datei exportiert: {names}.</numerusform>
                <numerusform>%n Dateien exportiert: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting {name} for an editor…</source>
            <translation>{name} wird für den Schnitt exportiert…</translation>
        </message>
        <message>
            <source>In a pair cut the shots follow their frames, so the new order and the removals were not applied: move or remove frames instead.</source>
            <translation>Beim Schnitt nach Bildpaaren folgen die Shots ihren Bildern, daher wurden die neue Reihenfolge und die Entfernungen nicht übernommen: Verschieben oder entfernen Sie stattdessen Bilder.</translation>
        </message>
        <message>
            <source>Reorder, trim and remove shots as they were in an edited .otio or .xml</source>
            <translation>Shots so anordnen, kürzen und entfernen wie in einer geschnittenen .otio oder .xml</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersetzen</translation>
        </message>
        <message>
            <source>Replace existing files?</source>
            <translation>Vorhandene Dateien ersetzen?</translation>
        </message>
        <message>
            <source>Shot {number} moved to position {position}.</source>
            <translation>Shot {number} an Position {position} verschoben.</translation>
        </message>
        <message>
            <source>Shot {number} removed.</source>
            <translation>Shot {number} entfernt.</translation>
        </message>
        <message>
            <source>Shot {number} trimmed to {now} s (was {was} s).</source>
            <translation>Shot {number} auf {now} s gekürzt (vorher {was} s).</translation>
        </message>
        <message>
            <source>Shots not rendered yet are held as their first frame.</source>
            <translation>Noch nicht gerenderte Shots werden als Standbild ihres Startbilds gezeigt.</translation>
        </message>
        <message>
            <source>The export did not finish: {error}</source>
            <translation>Der Export wurde nicht abgeschlossen: {error}</translation>
        </message>
        <message>
            <source>There is nothing to export yet: add frames first.</source>
            <translation>Noch gibt es nichts zu exportieren: Fügen Sie zuerst Bilder hinzu.</translation>
        </message>
        <message>
            <source>{name} could not be brought back: {error}</source>
            <translation>{name} konnte nicht zurückgeholt werden: {error}</translation>
        </message>
        <message>
            <source>{name} matches the board: nothing changed.</source>
            <translation>{name} entspricht dem Storyboard: Nichts hat sich geändert.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message numerus="yes">
            <source>%n jobs match.</source>
            <translation>
                <numerusform>%n Auftrag passt.</numerusform>
                <numerusform>%n Aufträge passen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n jobs match; the newest {shown} are listed.</source>
            <translation>
                <numerusform>%n Auftrag passt; die neuesten {shown} werden aufgeführt.</numerusform>
                <numerusform>%n Aufträge passen; die neuesten {shown} werden aufgeführt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Any model</source>
            <translation>Alle Modelle</translation>
        </message>
        <message>
            <source>Any state</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>Compare…</source>
            <translation>Vergleichen…</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Jobs found</source>
            <translation>Gefundene Aufträge</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Play two finished jobs together</source>
            <translation>Zwei fertige Aufträge zusammen abspielen</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>Seed {seed}</source>
            <translation>Seed {seed}</translation>
        </message>
        <message>
            <source>Starred only</source>
            <translation>Nur markierte</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Storyreel is still starting.</source>
            <translation>Storyreel startet noch.</translation>
        </message>
        <message>
            <source>The history cannot be searched: {r}</source>
            <translation>Der Verlauf kann nicht durchsucht werden: {r}</translation>
        </message>
        <message>
            <source>Words of the prompt</source>
            <translation>Wörter aus dem Prompt</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>{name} is no longer there, so it cannot be compared.</source>
            <translation>{name} ist nicht mehr vorhanden und kann daher nicht verglichen werden.</translation>
        </message>
        <message>
            <source>★ Unstar</source>
            <translation>★ Markierung entfernen</translation>
        </message>
        <message>
            <source>☆ Star</source>
            <translation>☆ Markieren</translation>
        </message>
    </context>
    <context>
        <name>ImageCheck</name>
        <message>
            <source>Applying “{title}”…</source>
            <translation>„{title}“ wird angewendet…</translation>
        </message>
        <message>
            <source>Checking the image.</source>
            <translation>Das Bild wird geprüft.</translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>{name} wird geprüft…</translation>
        </message>
        <message>
            <source>Dropped image</source>
            <translation>Abgelegtes Bild</translation>
        </message>
        <message>
            <source>Empty. Press Enter to choose a file or Ctrl+V to paste.</source>
            <translation>Leer. Eingabe drücken, um eine Datei zu wählen, oder Strg+V zum Einfügen.</translation>
        </message>
        <message>
            <source>Fetching the image was cancelled.</source>
            <translation>Das Abrufen des Bildes wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Image cannot be read: {reason}</source>
            <translation>Das Bild kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>Image cannot be used: {reason}</source>
            <translation>Das Bild kann nicht verwendet werden: {reason}</translation>
        </message>
        <message>
            <source>Only http and https URLs can be used, not {scheme}.</source>
            <translation>Nur http- und https-URLs sind möglich, nicht {scheme}.</translation>
        </message>
        <message numerus="yes">
            <source>Ready · {width}×{height} {format} · all %n rules pass</source>
            <translation>
                <numerusform>Bereit · {width}×{height} {format} · %n Regel erfüllt</numerusform>
                <numerusform>Bereit · {width}×{height} {format} · alle %n Regeln erfüllt</numerusform>
            </translation>
        </message>
        <message>
            <source>The image</source>
            <translation>Das Bild</translation>
        </message>
        <message>
            <source>Valid image: {name}.</source>
            <translation>Gültiges Bild: {name}.</translation>
        </message>
        <message>
            <source>{name} is still being checked.</source>
            <translation>{name} wird noch geprüft.</translation>
        </message>
    </context>
    <context>
        <name>ImageField</name>
        <message>
            <source>the {label}</source>
            <translation>{label}</translation>
        </message>
    </context>
    <context>
        <name>ImageRules</name>
        <message>
            <source> (The file is stored rotated; a server may read it either way.)</source>
            <translation> (Die Datei ist gedreht gespeichert; ein Server kann sie so oder so lesen.)</translation>
        </message>
        <message>
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message>
            <source>Animated image: only its first frame is used.</source>
            <translation>Animiertes Bild: Nur das erste Bild wird verwendet.</translation>
        </message>
        <message>
            <source>Aspect ratio (width ÷ height)</source>
            <translation>Seitenverhältnis (Breite ÷ Höhe)</translation>
        </message>
        <message>
            <source>Format is {actual}; this model takes {allowed} only.</source>
            <translation>Das Format ist {actual}; dieses Modell nimmt nur {allowed} an.</translation>
        </message>
        <message>
            <source>Storyreel cannot check the rule '{rule}'; the server will.</source>
            <translation>Storyreel kann die Regel „{rule}“ nicht prüfen; das übernimmt der Server.</translation>
        </message>
        <message>
            <source>The video is stored on its side and shown turned by {degrees}°; it is sent turned upright, so that every server sees it as you do. Convert it.</source>
            <translation>Das Video ist seitlich gespeichert und wird um {degrees}° gedreht angezeigt; es wird aufrecht gesendet, damit jeder Server es so sieht wie Sie. Konvertieren Sie es.</translation>
        </message>
        <message>
            <source>{fmt} can be sent as it is.</source>
            <translation>{fmt} kann unverändert gesendet werden.</translation>
        </message>
        <message>
            <source>{fmt} cannot be sent from a file; RunComfy takes {inline} only. Convert it, or give a URL to the file instead.</source>
            <translation>{fmt} kann nicht aus einer Datei gesendet werden; RunComfy nimmt nur {inline} an. Konvertieren Sie die Datei oder geben Sie stattdessen eine URL zur Datei an.</translation>
        </message>
        <message>
            <source>{label} is {actual}; it must be at least {limit}.</source>
            <translation>{label} beträgt {actual}; zulässig sind mindestens {limit}.</translation>
        </message>
        <message>
            <source>{label} is {actual}; it must be at most {limit}.</source>
            <translation>{label} beträgt {actual}; zulässig sind höchstens {limit}.</translation>
        </message>
        <message>
            <source>{label} is {actual}; it must be less than {limit}.</source>
            <translation>{label} beträgt {actual}; zulässig ist weniger als {limit}.</translation>
        </message>
        <message>
            <source>{label} is {actual}; it must be more than {limit}.</source>
            <translation>{label} beträgt {actual}; zulässig ist mehr als {limit}.</translation>
        </message>
        <message>
            <source>{label} {actual} is at least {limit}.</source>
            <translation>{label} beträgt {actual}, mindestens {limit}.</translation>
        </message>
        <message>
            <source>{label} {actual} is at most {limit}.</source>
            <translation>{label} beträgt {actual}, höchstens {limit}.</translation>
        </message>
        <message>
            <source>{label} {actual} is less than {limit}.</source>
            <translation>{label} beträgt {actual} und liegt unter {limit}.</translation>
        </message>
        <message>
            <source>{label} {actual} is more than {limit}.</source>
            <translation>{label} beträgt {actual} und liegt über {limit}.</translation>
        </message>
        <message>
            <source>{size} fits in the {mib} MiB RunComfy takes from a file.</source>
            <translation>{size} passt in die {mib} MiB, die RunComfy aus einer Datei annimmt.</translation>
        </message>
        <message>
            <source>{size} is more than the {mib} MiB RunComfy takes from a file. Make it smaller, or give a URL to the file instead.</source>
            <translation>{size} ist mehr als die {mib} MiB, die RunComfy aus einer Datei annimmt. Verkleinern Sie die Datei oder geben Sie stattdessen eine URL zur Datei an.</translation>
        </message>
        <message>
            <source>{size} is more than the {mp} megapixels Storyreel can read safely. Save a smaller copy of it in an image editor.</source>
            <translation>{size} sind mehr als die {mp} Megapixel, die Storyreel sicher lesen kann. Speichern Sie in einem Bildbearbeitungsprogramm eine kleinere Kopie.</translation>
        </message>
    </context>
    <context>
        <name>ImageStrip</name>
        <message>
            <source>+ Add another image (up to {limit}) · drop, click or Ctrl+V</source>
            <translation>+ Weiteres Bild hinzufügen (bis zu {limit}) · ablegen, klicken oder Strg+V</translation>
        </message>
        <message>
            <source>+ Add another image · drop, click or Ctrl+V</source>
            <translation>+ Weiteres Bild hinzufügen · ablegen, klicken oder Strg+V</translation>
        </message>
        <message>
            <source>Drop zone for {subject}, image {n}</source>
            <translation>Ablagefeld für {subject}, Bild {n}</translation>
        </message>
        <message>
            <source>Only {limit} images fit here; {count} were left out.</source>
            <translation>Hier passen nur {limit} Bilder; {count} wurden ausgelassen.</translation>
        </message>
        <message>
            <source>images</source>
            <translation>Bilder</translation>
        </message>
    </context>
    <context>
        <name>IntegerWidget</name>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Nicht festgelegt</translation>
        </message>
    </context>
    <context>
        <name>JobEvents</name>
        <message>
            <source>{n} done</source>
            <translation>{n} fertig</translation>
        </message>
        <message>
            <source>{n} in progress</source>
            <translation>{n} in Arbeit</translation>
        </message>
    </context>
    <context>
        <name>JobState</name>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Download waiting</source>
            <translation>Download wartet</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>Wird heruntergeladen</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Generating</source>
            <translation>Wird generiert</translation>
        </message>
        <message>
            <source>In queue</source>
            <translation>In der Warteschlange</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Wird gesendet</translation>
        </message>
        <message>
            <source>Submission uncertain</source>
            <translation>Übermittlung unsicher</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>Wartet auf Senden</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>download waiting</source>
            <translation>Download wartet</translation>
        </message>
        <message>
            <source>downloading</source>
            <translation>Wird heruntergeladen</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>generating</source>
            <translation>Wird generiert</translation>
        </message>
        <message>
            <source>in queue</source>
            <translation>In der Warteschlange</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>Wird gesendet</translation>
        </message>
        <message>
            <source>submission uncertain</source>
            <translation>Übermittlung unsicher</translation>
        </message>
        <message>
            <source>waiting to send</source>
            <translation>Wartet auf Senden</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Model:</source>
            <translation>&amp;Modell:</translation>
        </message>
        <message>
            <source>The clip's last frame is the new first frame: write what happens next.</source>
            <translation>Das letzte Bild des Clips ist das neue Startbild: Beschreiben Sie, wie es weitergeht.</translation>
        </message>
        <message>
            <source>The last frame is saved as {path}, but this model takes no frame.</source>
            <translation>Das letzte Bild ist als {path} gespeichert, aber dieses Modell nimmt kein Bild an.</translation>
        </message>
        <message>
            <source>Your settings could not be saved: {error}</source>
            <translation>Ihre Einstellungen konnten nicht gespeichert werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>MediaListWidget</name>
        <message>
            <source>Audio clip {n}: </source>
            <translation>Audioclip {n}: </translation>
        </message>
        <message>
            <source>Video {n}: </source>
            <translation>Video {n}: </translation>
        </message>
    </context>
    <context>
        <name>MediaRequest</name>
        <message>
            <source>Sent from files, these clips make a request of {size} MB; RunComfy takes at most {limit} MB in one request. Give URLs for some of them, or use fewer or shorter clips.</source>
            <translation>Als Dateien gesendet ergeben diese Clips eine Anfrage von {size} MB; RunComfy nimmt höchstens {limit} MB pro Anfrage an. Geben Sie für einige davon URLs an, oder verwenden Sie weniger oder kürzere Clips.</translation>
        </message>
    </context>
    <context>
        <name>MediaZone</name>
        <message>
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wird geprüft…</translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translation>Datei wählen</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Datei wählen…</translation>
        </message>
        <message>
            <source>Drop a video here</source>
            <translation>Video hier ablegen</translation>
        </message>
        <message>
            <source>Drop an audio clip here</source>
            <translation>Audioclip hier ablegen</translation>
        </message>
        <message>
            <source>Fetching…</source>
            <translation>Wird abgerufen…</translation>
        </message>
        <message>
            <source>Fetching… {done}</source>
            <translation>Wird abgerufen… {done}</translation>
        </message>
        <message>
            <source>Fetching… {done} of {total}</source>
            <translation>Wird abgerufen… {done} von {total}</translation>
        </message>
        <message>
            <source>Fix: {title}</source>
            <translation>Korrigieren: {title}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>The fix failed: {message}</source>
            <translation>Die Korrektur ist fehlgeschlagen: {message}</translation>
        </message>
        <message>
            <source>URL of the {noun}</source>
            <translation>URL ({noun})</translation>
        </message>
        <message>
            <source>Videos</source>
            <translation>Videos</translation>
        </message>
        <message>
            <source>audio clip</source>
            <translation>Audioclip</translation>
        </message>
        <message>
            <source>still being checked</source>
            <translation>wird noch geprüft</translation>
        </message>
        <message>
            <source>the fix is still being made</source>
            <translation>die Korrektur läuft noch</translation>
        </message>
        <message>
            <source>video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>{name} cannot be read ({error}).</source>
            <translation>{name} kann nicht gelesen werden ({error}).</translation>
        </message>
        <message>
            <source>…or paste a URL and press Enter</source>
            <translation>…oder eine URL einfügen und Eingabe drücken</translation>
        </message>
    </context>
    <context>
        <name>ModeSwitch</name>
        <message>
            <source>A row of frames cut into shots, played as one sequence (Ctrl+2)</source>
            <translation>Eine Bildreihe, in Shots geschnitten und als eine Sequenz abgespielt (Strg+2)</translation>
        </message>
        <message>
            <source>One clip from a frame and a prompt (Ctrl+1)</source>
            <translation>Ein Clip aus einem Bild und einem Prompt (Strg+1)</translation>
        </message>
        <message>
            <source>Single shot</source>
            <translation>Einzelner Shot</translation>
        </message>
        <message>
            <source>Storyboard</source>
            <translation>Storyboard</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Ansicht</translation>
        </message>
    </context>
    <context>
        <name>ModelChoice</name>
        <message>
            <source>The model {model} of this job is no longer in your catalogue.</source>
            <translation>Das Modell {model} dieses Auftrags ist nicht mehr in Ihrem Katalog.</translation>
        </message>
        <message>
            <source>The settings of this job are in the panel.</source>
            <translation>Die Einstellungen dieses Auftrags stehen im Bedienfeld.</translation>
        </message>
    </context>
    <context>
        <name>ModelListRefresh</name>
        <message>
            <source>Reading the list of models…</source>
            <translation>Modellliste wird gelesen…</translation>
        </message>
    </context>
    <context>
        <name>ModelNotes</name>
        <message>
            <source>Cinematic image to video with generated audio and lip sync, 4 to 12 seconds, camera control.</source>
            <translation>Filmisches Bild zu Video mit generiertem Ton und Lippensynchronisation, 4 bis 12 Sekunden, Kamerasteuerung.</translation>
        </message>
        <message>
            <source>Image to video from a first frame and an optional last frame, 5 or 10 seconds. The last frame has no effect at 1080p.</source>
            <translation>Bild zu Video aus einem Startbild und einem optionalen Endbild, 5 oder 10 Sekunden. Bei 1080p wirkt sich das Endbild nicht aus.</translation>
        </message>
        <message>
            <source>Image to video from a first frame, 2 to 12 seconds, up to 1080p, with a choice of aspect ratio.</source>
            <translation>Bild zu Video aus einem Startbild, 2 bis 12 Sekunden, bis 1080p, mit wählbarem Seitenverhältnis.</translation>
        </message>
        <message>
            <source>Image to video in 2K with precise prompt fidelity, 121 or 241 frames, with a seed. JPEG or PNG only.</source>
            <translation>Bild zu Video in 2K mit genauer Prompt-Treue, 121 oder 241 Frames, mit Seed. Nur JPEG oder PNG.</translation>
        </message>
        <message>
            <source>Video guided by one to four reference images, 2 to 12 seconds, up to 720p, with a seed.</source>
            <translation>Video, geführt von einem bis vier Referenzbildern, 2 bis 12 Sekunden, bis 720p, mit Seed.</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>All RunComfy models</source>
            <translation>Alle RunComfy-Modelle</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>The video model that makes the clip.</source>
            <translation>Das Videomodell, das den Clip erstellt.</translation>
        </message>
        <message>
            <source>audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <source>first and last frame</source>
            <translation>Start- und Endbild</translation>
        </message>
        <message>
            <source>first frame</source>
            <translation>Startbild</translation>
        </message>
        <message>
            <source>new</source>
            <translation>neu</translation>
        </message>
        <message>
            <source>priced per second</source>
            <translation>Preis pro Sekunde</translation>
        </message>
        <message>
            <source>priced per video</source>
            <translation>Preis pro Video</translation>
        </message>
        <message>
            <source>text only</source>
            <translation>nur Text</translation>
        </message>
        <message>
            <source>video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>with sound</source>
            <translation>mit Ton</translation>
        </message>
        <message>
            <source>{count} reference images</source>
            <translation>{count} Referenzbilder</translation>
        </message>
        <message>
            <source>{family} models</source>
            <translation>{family}-Modelle</translation>
        </message>
    </context>
    <context>
        <name>ModelSearchPopup</name>
        <message>
            <source>Models</source>
            <translation>Modelle</translation>
        </message>
        <message>
            <source>Search models</source>
            <translation>Modelle suchen</translation>
        </message>
    </context>
    <context>
        <name>NoteEditing</name>
        <message>
            <source>Edit note</source>
            <translation>Notiz bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <source>A job failed</source>
            <translation>Ein Auftrag ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>Submission uncertain</source>
            <translation>Übermittlung unsicher</translation>
        </message>
        <message>
            <source>Your clip is ready</source>
            <translation>Ihr Clip ist fertig</translation>
        </message>
        <message>
            <source>{subject}: check your RunComfy generation history before trying again.</source>
            <translation>{subject}: Prüfen Sie Ihren Generierungsverlauf auf RunComfy, bevor Sie es erneut versuchen.</translation>
        </message>
    </context>
    <context>
        <name>NumberWidget</name>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Nicht festgelegt</translation>
        </message>
        <message>
            <source>at least {n}</source>
            <translation>mindestens {n}</translation>
        </message>
        <message>
            <source>at most {n}</source>
            <translation>höchstens {n}</translation>
        </message>
        <message>
            <source>less than {n}</source>
            <translation>weniger als {n}</translation>
        </message>
        <message>
            <source>more than {n}</source>
            <translation>mehr als {n}</translation>
        </message>
        <message>
            <source>steps of {n}</source>
            <translation>in Schritten von {n}</translation>
        </message>
    </context>
    <context>
        <name>ObjectListWidget</name>
        <message>
            <source>Add {noun}</source>
            <translation>{noun} hinzufügen</translation>
        </message>
        <message numerus="yes">
            <source>At most %n entries.</source>
            <translation>
                <numerusform>Höchstens %n Eintrag.</numerusform>
                <numerusform>Höchstens %n Einträge.</numerusform>
            </translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move {entry} down</source>
            <translation>{entry} nach unten</translation>
        </message>
        <message>
            <source>Move {entry} up</source>
            <translation>{entry} nach oben</translation>
        </message>
        <message>
            <source>No entries yet.</source>
            <translation>Noch keine Einträge.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove {entry}</source>
            <translation>{entry} entfernen</translation>
        </message>
        <message>
            <source>The saved value {value} cannot be shown here; it is kept until you change it.</source>
            <translation>Der gespeicherte Wert {value} kann hier nicht angezeigt werden; er bleibt erhalten, bis Sie ihn ändern.</translation>
        </message>
        <message>
            <source>{noun} {n}: </source>
            <translation>{noun} {n}: </translation>
        </message>
    </context>
    <context>
        <name>ParameterPanel</name>
        <message>
            <source>Choose a model first.</source>
            <translation>Wählen Sie zuerst ein Modell.</translation>
        </message>
        <message>
            <source>Choose a model to see its settings.</source>
            <translation>Wählen Sie ein Modell, um seine Einstellungen zu sehen.</translation>
        </message>
        <message>
            <source>This model works from text alone: it takes no image.</source>
            <translation>Dieses Modell arbeitet nur mit Text: Es nimmt kein Bild an.</translation>
        </message>
        <message>
            <source>{label} (image {n}): {message}</source>
            <translation>{label} (Bild {n}): {message}</translation>
        </message>
        <message>
            <source>{label} are required: add at least one image.</source>
            <translation>{label} sind erforderlich: Fügen Sie mindestens ein Bild hinzu.</translation>
        </message>
        <message>
            <source>{label} are required: add at least one.</source>
            <translation>{label} sind erforderlich: Fügen Sie mindestens einen Eintrag hinzu.</translation>
        </message>
        <message>
            <source>{label} is required: add a video.</source>
            <translation>{label} ist erforderlich: Fügen Sie ein Video hinzu.</translation>
        </message>
        <message>
            <source>{label} is required: add an audio clip.</source>
            <translation>{label} ist erforderlich: Fügen Sie einen Audioclip hinzu.</translation>
        </message>
        <message>
            <source>{label} is required: add an image.</source>
            <translation>{label} ist erforderlich: Fügen Sie ein Bild hinzu.</translation>
        </message>
        <message>
            <source>{label} is required: add at least one entry.</source>
            <translation>{label} ist erforderlich: Fügen Sie mindestens einen Eintrag hinzu.</translation>
        </message>
        <message>
            <source>{label} is required: choose a value.</source>
            <translation>{label} ist erforderlich: Wählen Sie einen Wert.</translation>
        </message>
        <message>
            <source>{label} is required: type it as JSON.</source>
            <translation>{label} ist erforderlich: Geben Sie es als JSON ein.</translation>
        </message>
        <message>
            <source>{label} is required: write one.</source>
            <translation>{label} ist erforderlich: Schreiben Sie einen.</translation>
        </message>
        <message>
            <source>{label}: {item}{message}</source>
            <translation>{label}: {item}{message}</translation>
        </message>
        <message>
            <source>{label}: {message}</source>
            <translation>{label}: {message}</translation>
        </message>
        <message>
            <source>{label}: {reason}</source>
            <translation>{label}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>PlayerView</name>
        <message>
            <source>Full screen</source>
            <translation>Vollbild</translation>
        </message>
        <message>
            <source>Full screen (F or double-click; Esc leaves)</source>
            <translation>Vollbild (F oder Doppelklick; Esc beendet)</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>Vollbild verlassen</translation>
        </message>
        <message>
            <source>Loop</source>
            <translation>Schleife</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>Stumm</translation>
        </message>
        <message>
            <source>Mute the sound (M)</source>
            <translation>Ton stummschalten (M)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Abspielen</translation>
        </message>
        <message>
            <source>Play or pause (Space)</source>
            <translation>Abspielen oder anhalten (Leertaste)</translation>
        </message>
        <message>
            <source>Play the clip again from its start (Space)</source>
            <translation>Clip erneut von Anfang an abspielen (Leertaste)</translation>
        </message>
        <message>
            <source>Play the clip over and over (L)</source>
            <translation>Den Clip immer wieder abspielen (L)</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Replay</source>
            <translation>Erneut abspielen</translation>
        </message>
        <message>
            <source>Select a finished job to play it here.</source>
            <translation>Wählen Sie einen fertigen Auftrag, um ihn hier abzuspielen.</translation>
        </message>
        <message>
            <source>The clip plays here as soon as the job is done.</source>
            <translation>Der Clip wird hier abgespielt, sobald der Auftrag fertig ist.</translation>
        </message>
        <message>
            <source>The video file {path} is missing: it may have been moved or deleted. Its output URL can still be copied from the queue.</source>
            <translation>Die Videodatei {path} fehlt: Sie wurde vielleicht verschoben oder gelöscht. Ihre Ausgabe-URL lässt sich weiterhin aus der Warteschlange kopieren.</translation>
        </message>
        <message>
            <source>This clip has no sound.</source>
            <translation>Dieser Clip hat keinen Ton.</translation>
        </message>
        <message>
            <source>This job finished without a video file.</source>
            <translation>Dieser Auftrag endete ohne Videodatei.</translation>
        </message>
        <message>
            <source>This job has no clip to play ({state}).</source>
            <translation>Dieser Auftrag hat keinen Clip zum Abspielen ({state}).</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>unbekannter Fehler</translation>
        </message>
        <message>
            <source>{file} cannot be played: {reason}</source>
            <translation>{file} kann nicht abgespielt werden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message>
            <source>Loading preview…</source>
            <translation>Vorschau wird geladen…</translation>
        </message>
        <message>
            <source>No preview</source>
            <translation>Keine Vorschau</translation>
        </message>
    </context>
    <context>
        <name>PreviewBadge</name>
        <message>
            <source>Preview · motion sketch, not AI generation</source>
            <translation>Vorschau · Bewegungsskizze, keine KI-Generierung</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message numerus="yes">
            <source>%n images given; at least {limit} needed.</source>
            <translation>
                <numerusform>%n Bild angegeben; mindestens {limit} nötig.</numerusform>
                <numerusform>%n Bilder angegeben; mindestens {limit} nötig.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n images given; at most {limit} allowed.</source>
            <translation>
                <numerusform>%n Bild angegeben; höchstens {limit} erlaubt.</numerusform>
                <numerusform>%n Bilder angegeben; höchstens {limit} erlaubt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Expected a list of audio clips.</source>
            <translation>Erwartet wird eine Liste von Audioclips.</translation>
        </message>
        <message>
            <source>Expected a list of images.</source>
            <translation>Erwartet wird eine Liste von Bildern.</translation>
        </message>
        <message>
            <source>Expected a list of videos.</source>
            <translation>Erwartet wird eine Liste von Videos.</translation>
        </message>
        <message>
            <source>Expected a number.</source>
            <translation>Erwartet wird eine Zahl.</translation>
        </message>
        <message>
            <source>Expected a video file or URL.</source>
            <translation>Erwartet wird eine Videodatei oder URL.</translation>
        </message>
        <message>
            <source>Expected a whole number.</source>
            <translation>Erwartet wird eine ganze Zahl.</translation>
        </message>
        <message>
            <source>Expected an audio clip file or URL.</source>
            <translation>Erwartet wird eine Audiodatei oder URL.</translation>
        </message>
        <message>
            <source>Expected an image file or URL.</source>
            <translation>Erwartet wird eine Bilddatei oder URL.</translation>
        </message>
        <message>
            <source>Expected on or off (true or false).</source>
            <translation>Erwartet wird ein oder aus (true oder false).</translation>
        </message>
        <message>
            <source>Expected text.</source>
            <translation>Erwartet wird Text.</translation>
        </message>
        <message>
            <source>Too long: {count} characters, at most {limit} allowed.</source>
            <translation>Zu lang: {count} Zeichen, höchstens {limit} erlaubt.</translation>
        </message>
        <message>
            <source>Too short: {count} characters, at least {limit} needed.</source>
            <translation>Zu kurz: {count} Zeichen, mindestens {limit} nötig.</translation>
        </message>
        <message>
            <source>{value} must be a multiple of {step}.</source>
            <translation>{value} muss ein Vielfaches von {step} sein.</translation>
        </message>
        <message>
            <source>{value} must be at least {limit}.</source>
            <translation>{value} muss mindestens {limit} sein.</translation>
        </message>
        <message>
            <source>{value} must be at most {limit}.</source>
            <translation>{value} darf höchstens {limit} sein.</translation>
        </message>
        <message>
            <source>{value} must be less than {limit}.</source>
            <translation>{value} muss kleiner als {limit} sein.</translation>
        </message>
        <message>
            <source>{value} must be more than {limit}.</source>
            <translation>{value} muss größer als {limit} sein.</translation>
        </message>
    </context>
    <context>
        <name>PromptWidget</name>
        <message numerus="yes">
            <source>%n characters</source>
            <translation>
                <numerusform>%n Zeichen</numerusform>
                <numerusform>%n Zeichen</numerusform>
            </translation>
        </message>
        <message>
            <source>Characters used, at most {limit} allowed.</source>
            <translation>Verwendete Zeichen, höchstens {limit} erlaubt.</translation>
        </message>
        <message>
            <source>Characters used; under {limit} gives better results.</source>
            <translation>Verwendete Zeichen; unter {limit} werden die Ergebnisse besser.</translation>
        </message>
        <message>
            <source>Describe the motion, the camera and the mood.</source>
            <translation>Beschreiben Sie Bewegung, Kamera und Stimmung.</translation>
        </message>
        <message>
            <source>Use example prompt</source>
            <translation>Beispiel-Prompt verwenden</translation>
        </message>
        <message>
            <source>What the clip should avoid.</source>
            <translation>Was der Clip vermeiden soll.</translation>
        </message>
        <message>
            <source>{count} / {limit}</source>
            <translation>{count} / {limit}</translation>
        </message>
        <message>
            <source>{count} / {limit} advised</source>
            <translation>{count} / {limit} empfohlen</translation>
        </message>
    </context>
    <context>
        <name>Queue</name>
        <message>
            <source>Free preview</source>
            <translation>Gratis</translation>
        </message>
        <message>
            <source>Request id: {id}</source>
            <translation>Anfrage-ID: {id}</translation>
        </message>
        <message>
            <source>The job failed without a reason from the server.</source>
            <translation>Der Auftrag ist fehlgeschlagen, ohne dass der Server einen Grund nannte.</translation>
        </message>
        <message>
            <source>The video is made but not downloaded yet: use Retry download.</source>
            <translation>Das Video ist fertig, aber noch nicht heruntergeladen: Nutzen Sie Download wiederholen.</translation>
        </message>
        <message>
            <source>about {time} left</source>
            <translation>noch etwa {time}</translation>
        </message>
        <message>
            <source>any moment now</source>
            <translation>jeden Moment</translation>
        </message>
        <message>
            <source>elapsed {time}</source>
            <translation>Laufzeit {time}</translation>
        </message>
        <message>
            <source>position {n}</source>
            <translation>Position {n}</translation>
        </message>
        <message>
            <source>ratio {ratio}</source>
            <translation>Format {ratio}</translation>
        </message>
        <message>
            <source>seed {seed}</source>
            <translation>Seed {seed}</translation>
        </message>
        <message>
            <source>{price} per {unit}</source>
            <translation>{price} pro {unit}</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>≈ {price}</source>
            <translation>≈ {price}</translation>
        </message>
    </context>
    <context>
        <name>QueueRemovals</name>
        <message>
            <source>Remove job from the list</source>
            <translation>Auftrag aus der Liste entfernen</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <source>About the selected job</source>
            <translation>Zum ausgewählten Auftrag</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel this job (only while it waits in the queue)</source>
            <translation>Diesen Auftrag abbrechen (nur solange er in der Warteschlange wartet)</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Continue from last frame</source>
            <translation>Ab dem letzten Bild fortsetzen</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy output URL</source>
            <translation>Ausgabe-URL kopieren</translation>
        </message>
        <message>
            <source>Copy output URL or request id</source>
            <translation>Ausgabe-URL oder Anfrage-ID kopieren</translation>
        </message>
        <message>
            <source>Copy request id</source>
            <translation>Anfrage-ID kopieren</translation>
        </message>
        <message>
            <source>Download the finished video again (after freeing space or fixing the folder); the job is not sent again and nothing is charged</source>
            <translation>Das fertige Video erneut herunterladen (nachdem Sie Platz geschaffen oder den Ordner repariert haben); der Auftrag wird nicht erneut gesendet und nichts berechnet</translation>
        </message>
        <message>
            <source>Every job you started, newest first.</source>
            <translation>Alle Aufträge, die Sie gestartet haben, die neuesten zuerst.</translation>
        </message>
        <message>
            <source>Load this job's model and settings into the panel</source>
            <translation>Modell und Einstellungen dieses Auftrags ins Bedienfeld laden</translation>
        </message>
        <message>
            <source>No jobs yet. Choose a model, add your frames on the left and press Generate: your clips will line up here.</source>
            <translation>Noch keine Aufträge. Wählen Sie ein Modell, fügen Sie links Ihre Bilder hinzu und klicken Sie auf Generieren: Ihre Clips reihen sich hier auf.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Open generation history</source>
            <translation>Generierungsverlauf öffnen</translation>
        </message>
        <message>
            <source>Open the folder that holds the video</source>
            <translation>Den Ordner mit dem Video öffnen</translation>
        </message>
        <message>
            <source>Open the video in your system's player</source>
            <translation>Das Video im Player des Systems öffnen</translation>
        </message>
        <message>
            <source>Open your RunComfy generation history</source>
            <translation>Ihren Generierungsverlauf auf RunComfy öffnen</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Warteschlange</translation>
        </message>
        <message>
            <source>Remove from list</source>
            <translation>Aus der Liste entfernen</translation>
        </message>
        <message>
            <source>Remove this job from the list (the video file stays)</source>
            <translation>Diesen Auftrag aus der Liste entfernen (die Videodatei bleibt)</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Retry download</source>
            <translation>Download wiederholen</translation>
        </message>
        <message>
            <source>Reuse settings</source>
            <translation>Einstellungen übernehmen</translation>
        </message>
        <message>
            <source>RunComfy may already have this job.</source>
            <translation>RunComfy hat diesen Auftrag womöglich bereits.</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Erneut senden</translation>
        </message>
        <message>
            <source>Send the same settings again as a new job</source>
            <translation>Dieselben Einstellungen als neuen Auftrag senden</translation>
        </message>
        <message>
            <source>Send this job again?</source>
            <translation>Diesen Auftrag erneut senden?</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Im Ordner anzeigen</translation>
        </message>
        <message>
            <source>The clip's last frame becomes the first frame of a new shot, so the scene goes on from where it ends</source>
            <translation>Das letzte Bild des Clips wird zum Startbild eines neuen Shots, sodass die Szene dort weitergeht, wo sie endet</translation>
        </message>
    </context>
    <context>
        <name>QuitConfirmation</name>
        <message numerus="yes">
            <source>%n jobs are still being prepared and have not been sent to RunComfy yet. Quitting now stops them before they are sent: nothing is charged, and you can send them again later.</source>
            <translation>
                <numerusform>%n Auftrag wird noch vorbereitet und wurde noch nicht an RunComfy gesendet. Wenn Sie jetzt beenden, wird er vor dem Senden gestoppt: Es fallen keine Kosten an, und Sie können ihn später erneut senden.</numerusform>
                <numerusform>%n Aufträge werden noch vorbereitet und wurden noch nicht an RunComfy gesendet. Wenn Sie jetzt beenden, werden sie vor dem Senden gestoppt: Es fallen keine Kosten an, und Sie können sie später erneut senden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n jobs are still running on RunComfy. They continue there, and Storyreel picks them up and downloads their videos the next time you start it.</source>
            <translation>
                <numerusform>%n Auftrag läuft noch auf RunComfy. Er läuft dort weiter, und Storyreel übernimmt ihn beim nächsten Start und lädt sein Video herunter.</numerusform>
                <numerusform>%n Aufträge laufen noch auf RunComfy. Sie laufen dort weiter, und Storyreel übernimmt sie beim nächsten Start und lädt ihre Videos herunter.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n offline previews will stop: the local preview engine stops with Storyreel, so they will be lost (nothing is charged; you can retry them).</source>
            <translation>
                <numerusform>%n Offline-Vorschau wird abgebrochen: Die lokale Vorschau-Engine endet mit Storyreel, daher geht sie verloren (es fallen keine Kosten an; Sie können sie wiederholen).</numerusform>
                <numerusform>%n Offline-Vorschauen werden abgebrochen: Die lokale Vorschau-Engine endet mit Storyreel, daher gehen sie verloren (es fallen keine Kosten an; Sie können sie wiederholen).</numerusform>
            </translation>
        </message>
        <message>
            <source>Every job has finished.</source>
            <translation>Alle Aufträge sind fertig.</translation>
        </message>
        <message>
            <source>Keep Storyreel open</source>
            <translation>Storyreel geöffnet lassen</translation>
        </message>
        <message>
            <source>Nothing is lost by quitting now.</source>
            <translation>Beim Beenden geht jetzt nichts verloren.</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Quit Storyreel?</source>
            <translation>Storyreel beenden?</translation>
        </message>
        <message>
            <source>Some jobs are not finished yet.</source>
            <translation>Einige Aufträge sind noch nicht fertig.</translation>
        </message>
    </context>
    <context>
        <name>RenderFlow</name>
        <message numerus="yes">
            <source>%n shots rendered.</source>
            <translation>
                <numerusform>%n Shot gerendert.</numerusform>
                <numerusform>%n Shots gerendert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots rendered; {kept} kept their clips.</source>
            <translation>
                <numerusform>%n Shot gerendert; {kept} behielten ihre Clips.</numerusform>
                <numerusform>%n Shots gerendert; {kept} behielten ihre Clips.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add frames first: drop images or a folder on the strip.</source>
            <translation>Fügen Sie zuerst Bilder hinzu: Ziehen Sie Bilder oder einen Ordner auf den Streifen.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Don't send</source>
            <translation>Nicht senden</translation>
        </message>
        <message>
            <source>Every shot is already rendered from its current inputs: nothing was sent, nothing was paid.</source>
            <translation>Jeder Shot ist bereits aus ihren aktuellen Eingaben gerendert: Nichts wurde gesendet, nichts bezahlt.</translation>
        </message>
        <message>
            <source>Frame {n} ({name}) is still being checked.</source>
            <translation>Bild {n} ({name}) wird noch geprüft.</translation>
        </message>
        <message numerus="yes">
            <source>Generate %n previews</source>
            <translation>
                <numerusform>%n Vorschau generieren</numerusform>
                <numerusform>%n Vorschauen generieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Generate %n shots</source>
            <translation>
                <numerusform>%n Shot generieren</numerusform>
                <numerusform>%n Shots generieren</numerusform>
            </translation>
        </message>
        <message>
            <source>Generate only the selected shots</source>
            <translation>Nur die ausgewählten Shots generieren</translation>
        </message>
        <message>
            <source>Generate · {price}</source>
            <translation>Generieren · {price}</translation>
        </message>
        <message>
            <source>Nothing is sent without a price: check your connection and key, then try again.</source>
            <translation>Ohne Preis wird nichts gesendet: Prüfen Sie Verbindung und Schlüssel und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>Es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>One clip per pair of frames needs at least two frames.</source>
            <translation>Ein Clip pro Bildpaar braucht mindestens zwei Bilder.</translation>
        </message>
        <message>
            <source>Raise the cap to {amount} and generate</source>
            <translation>Limit auf {amount} anheben und generieren</translation>
        </message>
        <message>
            <source>Reading the price of the shots to render…</source>
            <translation>Preis der zu rendernden Shots wird gelesen…</translation>
        </message>
        <message>
            <source>Reading the price of the shots…</source>
            <translation>Preis der Shots wird gelesen…</translation>
        </message>
        <message>
            <source>Select the shots to generate first.</source>
            <translation>Wählen Sie zuerst die zu generierenden Shots.</translation>
        </message>
        <message>
            <source>Send every shot that needs it through the queue; the price is shown first</source>
            <translation>Jeden Shot, der es braucht, über die Warteschlange senden; zuerst wird der Preis angezeigt</translation>
        </message>
        <message>
            <source>Sending the shots…</source>
            <translation>Shots werden gesendet…</translation>
        </message>
        <message>
            <source>Shot {n}: {message}</source>
            <translation>Shot {n}: {message}</translation>
        </message>
        <message>
            <source>Storyreel is still starting.</source>
            <translation>Storyreel startet noch.</translation>
        </message>
        <message>
            <source>The storyboard could not be rendered: {error}. The details are in the log.</source>
            <translation>Das Storyboard konnte nicht gerendert werden: {error}. Die Einzelheiten stehen im Protokoll.</translation>
        </message>
        <message>
            <source>Waiting for your answer to the price.</source>
            <translation>Wartet auf Ihre Antwort zum Preis.</translation>
        </message>
    </context>
    <context>
        <name>RuleRows</name>
        <message numerus="yes">
            <source>%n channels</source>
            <translation>
                <numerusform>%n Kanal</numerusform>
                <numerusform>%n Kanäle</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n frames</source>
            <translation>
                <numerusform>%n Bild</numerusform>
                <numerusform>%n Bilder</numerusform>
            </translation>
        </message>
        <message>
            <source>Animation</source>
            <translation>Animation</translation>
        </message>
        <message>
            <source>Aspect ratio</source>
            <translation>Seitenverhältnis</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <source>Complete file</source>
            <translation>Vollständige Datei</translation>
        </message>
        <message>
            <source>File size</source>
            <translation>Dateigröße</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Frame rate</source>
            <translation>Bildrate</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Höhe</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Pixels</source>
            <translation>Pixel</translation>
        </message>
        <message>
            <source>Sample rate</source>
            <translation>Abtastrate</translation>
        </message>
        <message>
            <source>Size to send</source>
            <translation>Sendegröße</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Breite</translation>
        </message>
        <message>
            <source>cut short</source>
            <translation>abgeschnitten</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>nicht erfüllt</translation>
        </message>
        <message>
            <source>first frame used</source>
            <translation>erstes Bild verwendet</translation>
        </message>
        <message>
            <source>mono</source>
            <translation>Mono</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>erfüllt</translation>
        </message>
        <message>
            <source>stereo</source>
            <translation>Stereo</translation>
        </message>
        <message>
            <source>the whole file</source>
            <translation>die ganze Datei</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
    </context>
    <context>
        <name>SampleButton</name>
        <message>
            <source>Try the sample “{title}”</source>
            <translation>Beispiel „{title}“ ausprobieren</translation>
        </message>
        <message>
            <source>{title}: puts this frame in the panel, with a suggested prompt if yours is empty.</source>
            <translation>{title}: legt dieses Bild ins Bedienfeld, mit einem Prompt-Vorschlag, falls Ihrer leer ist.</translation>
        </message>
    </context>
    <context>
        <name>SeedWidget</name>
        <message>
            <source>A new random seed is picked for each generation. Click to lock.</source>
            <translation>Für jede Generierung wird ein neuer zufälliger Seed gewählt. Klicken zum Sperren.</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Fixiert</translation>
        </message>
        <message>
            <source>New each time</source>
            <translation>Jedes Mal neu</translation>
        </message>
        <message>
            <source>Pick a new random seed now.</source>
            <translation>Jetzt einen neuen zufälligen Seed wählen.</translation>
        </message>
        <message>
            <source>Random</source>
            <translation>Zufällig</translation>
        </message>
        <message>
            <source>Randomise</source>
            <translation>Zufällig</translation>
        </message>
        <message>
            <source>Randomise seed</source>
            <translation>Seed zufällig wählen</translation>
        </message>
        <message>
            <source>Seed locked</source>
            <translation>Seed gesperrt</translation>
        </message>
        <message>
            <source>Seed unlocked</source>
            <translation>Seed entsperrt</translation>
        </message>
        <message>
            <source>The seed shown is used for every generation. Click to unlock.</source>
            <translation>Der angezeigte Seed wird für jede Generierung verwendet. Klicken zum Entsperren.</translation>
        </message>
    </context>
    <context>
        <name>SequenceFlow</name>
        <message>
            <source>Continue from the clip's last frame</source>
            <translation>Ab dem letzten Bild des Clips fortsetzen</translation>
        </message>
        <message>
            <source>Shot {n} has no finished clip yet: generate it first.</source>
            <translation>Shot {n} hat noch keinen fertigen Clip: Generieren Sie ihn zuerst.</translation>
        </message>
        <message>
            <source>The clip's last frame is now frame {n}: its shot goes on from there.</source>
            <translation>Das letzte Bild des Clips ist jetzt Bild {n}: Sein Shot geht von dort weiter.</translation>
        </message>
        <message>
            <source>The last frame could not be taken from the clip: {error}</source>
            <translation>Das letzte Bild konnte nicht aus dem Clip entnommen werden: {error}</translation>
        </message>
        <message>
            <source>The sequence cannot be played: {error}</source>
            <translation>Die Sequenz kann nicht abgespielt werden: {error}</translation>
        </message>
        <message>
            <source>The storyboard was closed before the last frame was ready; it is saved as {path}.</source>
            <translation>Das Storyboard wurde geschlossen, bevor das letzte Bild fertig war; es ist als {path} gespeichert.</translation>
        </message>
        <message>
            <source>There is nothing to play yet: add frames first.</source>
            <translation>Noch gibt es nichts abzuspielen: Fügen Sie zuerst Bilder hinzu.</translation>
        </message>
        <message>
            <source>This job has no video file to continue from.</source>
            <translation>Dieser Auftrag hat keine Videodatei, an die man anschließen könnte.</translation>
        </message>
    </context>
    <context>
        <name>SequencePlayer</name>
        <message numerus="yes">
            <source> · %n shown as held frames</source>
            <translation>
                <numerusform> · %n als Standbild gezeigt</numerusform>
                <numerusform> · %n als Standbilder gezeigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots, {seconds} s</source>
            <translation>
                <numerusform>%n Shot, {seconds} s</numerusform>
                <numerusform>%n Shots, {seconds} s</numerusform>
            </translation>
        </message>
        <message>
            <source>No shots yet</source>
            <translation>Noch keine Shots</translation>
        </message>
        <message>
            <source>Pause sequence</source>
            <translation>Sequenz anhalten</translation>
        </message>
        <message>
            <source>Play or pause the sequence (Space)</source>
            <translation>Sequenz abspielen oder anhalten (Leertaste)</translation>
        </message>
        <message>
            <source>Play sequence</source>
            <translation>Sequenz abspielen</translation>
        </message>
        <message>
            <source>Play sequence shows the whole board here: finished clips back to back, and each shot not rendered yet as its first frame, held for its length.</source>
            <translation>Sequenz abspielen zeigt hier das ganze Storyboard: fertige Clips nacheinander und jede noch nicht gerenderten Shot als Standbild seines Startbilds, so lang wie er dauert.</translation>
        </message>
        <message>
            <source>Sequence player</source>
            <translation>Sequenz-Player</translation>
        </message>
        <message>
            <source>Sequence time</source>
            <translation>Sequenzzeit</translation>
        </message>
        <message>
            <source>Shot playing</source>
            <translation>Laufender Shot</translation>
        </message>
        <message>
            <source>Shot {n} of {count} · {what}</source>
            <translation>Shot {n} von {count} · {what}</translation>
        </message>
        <message>
            <source>Shot {n} · not rendered yet: its first frame, held for {s} s</source>
            <translation>Shot {n} · noch nicht gerendert: sein Startbild, {s} s lang stehend</translation>
        </message>
        <message>
            <source>Shot {n}: {file} cannot be played ({reason}); skipped.</source>
            <translation>Shot {n}: {file} kann nicht abgespielt werden ({reason}); übersprungen.</translation>
        </message>
        <message>
            <source>held frame, not rendered yet</source>
            <translation>Standbild, noch nicht gerendert</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>unbekannter Fehler</translation>
        </message>
        <message>
            <source>{s} s clip</source>
            <translation>{s}-s-Clip</translation>
        </message>
        <message>
            <source>{s} s of its clip, from {start} s</source>
            <translation>{s} s seines Clips, ab {start} s</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>A key is set (hidden). Type a new one to replace it.</source>
            <translation>Ein Schlüssel ist gesetzt (verborgen). Geben Sie einen neuen ein, um ihn zu ersetzen.</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>API-Adresse</translation>
        </message>
        <message>
            <source>API address:</source>
            <translation>API-Adresse:</translation>
        </message>
        <message>
            <source>API key status</source>
            <translation>Status des API-Schlüssels</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Darstellung</translation>
        </message>
        <message>
            <source>Appearance:</source>
            <translation>Darstellung:</translation>
        </message>
        <message>
            <source>Ask RunComfy for a model's price with this key: costs nothing.</source>
            <translation>Fragt RunComfy mit diesem Schlüssel nach dem Preis eines Modells: kostet nichts.</translation>
        </message>
        <message>
            <source>Asking RunComfy…</source>
            <translation>RunComfy wird gefragt…</translation>
        </message>
        <message>
            <source>Choose the library folder</source>
            <translation>Bibliotheksordner wählen</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>Find your key in your RunComfy profile. Storyreel keeps it in your system's keyring, never in a file.</source>
            <translation>Ihren Schlüssel finden Sie in Ihrem RunComfy-Profil. Storyreel bewahrt ihn im Schlüsselbund des Systems auf, nie in einer Datei.</translation>
        </message>
        <message>
            <source>For the API address below, once it is a usable one</source>
            <translation>Für die API-Adresse unten, sobald sie gültig ist</translation>
        </message>
        <message>
            <source>For {base}</source>
            <translation>Für {base}</translation>
        </message>
        <message>
            <source>How many jobs Storyreel sends, follows and downloads at the same time (from the next start).</source>
            <translation>Wie viele Aufträge Storyreel gleichzeitig sendet, verfolgt und herunterlädt (ab dem nächsten Start).</translation>
        </message>
        <message>
            <source>Jobs at once:</source>
            <translation>Gleichzeitige Aufträge:</translation>
        </message>
        <message>
            <source>Jobs running at once</source>
            <translation>Gleichzeitig laufende Aufträge</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Sprache:</translation>
        </message>
        <message>
            <source>Library folder</source>
            <translation>Bibliotheksordner</translation>
        </message>
        <message>
            <source>Library folder:</source>
            <translation>Bibliotheksordner:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Paste your RunComfy API key</source>
            <translation>Fügen Sie Ihren RunComfy-API-Schlüssel ein</translation>
        </message>
        <message>
            <source>Remove key</source>
            <translation>Schlüssel entfernen</translation>
        </message>
        <message>
            <source>Result of the key test</source>
            <translation>Ergebnis der Schlüsselprüfung</translation>
        </message>
        <message>
            <source>RunComfy API key</source>
            <translation>RunComfy-API-Schlüssel</translation>
        </message>
        <message>
            <source>Save key</source>
            <translation>Schlüssel speichern</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>Show the API key</source>
            <translation>API-Schlüssel anzeigen</translation>
        </message>
        <message>
            <source>Storyreel settings</source>
            <translation>Storyreel-Einstellungen</translation>
        </message>
        <message>
            <source>Storyreel speaks the new language from its next start.</source>
            <translation>Storyreel verwendet die neue Sprache ab dem nächsten Start.</translation>
        </message>
        <message>
            <source>System (follow the system's light or dark)</source>
            <translation>System (folgt der hellen oder dunklen Darstellung des Systems)</translation>
        </message>
        <message>
            <source>System ({language})</source>
            <translation>System ({language})</translation>
        </message>
        <message>
            <source>Tell me when a job finishes while Storyreel is in the background</source>
            <translation>Benachrichtigen, wenn ein Auftrag fertig ist, während Storyreel im Hintergrund ist</translation>
        </message>
        <message>
            <source>Test key</source>
            <translation>Schlüssel testen</translation>
        </message>
        <message>
            <source>The API address this key is for</source>
            <translation>Die API-Adresse, für die dieser Schlüssel gilt</translation>
        </message>
        <message>
            <source>The key is stored in your system keyring.</source>
            <translation>Der Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
        </message>
        <message>
            <source>The library folder is empty: choose where your videos should go.</source>
            <translation>Der Bibliotheksordner ist leer: Wählen Sie, wohin Ihre Videos sollen.</translation>
        </message>
        <message>
            <source>The library folder {path} is a file, not a folder.</source>
            <translation>Der Bibliotheksordner {path} ist eine Datei, kein Ordner.</translation>
        </message>
        <message>
            <source>no API key is set</source>
            <translation>kein API-Schlüssel gesetzt</translation>
        </message>
        <message>
            <source>no system keyring available: the key is kept for this session only</source>
            <translation>kein Schlüsselbund des Systems verfügbar: Der Schlüssel gilt nur für diese Sitzung</translation>
        </message>
        <message>
            <source>stored in the system keyring</source>
            <translation>im Schlüsselbund des Systems gespeichert</translation>
        </message>
        <message>
            <source>taken from the RUNCOMFY_API_TOKEN environment variable</source>
            <translation>aus der Umgebungsvariablen RUNCOMFY_API_TOKEN übernommen</translation>
        </message>
        <message>
            <source>the system keyring is locked: the key is kept for this session only</source>
            <translation>der Schlüsselbund des Systems ist gesperrt: Der Schlüssel gilt nur für diese Sitzung</translation>
        </message>
        <message>
            <source>{reason} Storyreel will ask for it again next time; to avoid that, set RUNCOMFY_API_TOKEN in your environment or unlock your system keyring.</source>
            <translation>{reason} Storyreel fragt beim nächsten Mal erneut danach; um das zu vermeiden, setzen Sie RUNCOMFY_API_TOKEN in Ihrer Umgebung oder entsperren Sie den Schlüsselbund.</translation>
        </message>
    </context>
    <context>
        <name>ShotNoteEditor</name>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notiz</translation>
        </message>
        <message>
            <source>Action or dialogue: shown in the captions, on the board PDF and in the edit list</source>
            <translation>Handlung oder Dialog: erscheint in den Untertiteln, im Storyboard-PDF und in der Schnittliste</translation>
        </message>
        <message>
            <source>Shot note</source>
            <translation>Shot-Notiz</translation>
        </message>
        <message>
            <source>The shot's action or dialogue</source>
            <translation>Handlung oder Dialog des Shots</translation>
        </message>
    </context>
    <context>
        <name>ShotRow</name>
        <message>
            <source>One clip per pair of frames needs at least two frames: add another.</source>
            <translation>Ein Clip pro Bildpaar braucht mindestens zwei Bilder: Fügen Sie ein weiteres hinzu.</translation>
        </message>
        <message>
            <source>Shots</source>
            <translation>Shots</translation>
        </message>
        <message>
            <source>The shots cut from your frames appear here.</source>
            <translation>Hier erscheinen die aus Ihren Bildern geschnittenen Shots.</translation>
        </message>
    </context>
    <context>
        <name>ShotSettings</name>
        <message>
            <source>&amp;Model:</source>
            <translation>&amp;Modell:</translation>
        </message>
        <message>
            <source>Apply settings and prompt to all shots</source>
            <translation>Einstellungen und Prompt auf alle Shots anwenden</translation>
        </message>
        <message>
            <source>Apply to all shots</source>
            <translation>Auf alle Shots anwenden</translation>
        </message>
        <message>
            <source>Give every shot this model and these settings; each keeps its own prompt</source>
            <translation>Jedem Shot dieses Modell und diese Einstellungen geben; jeder behält seinen Prompt</translation>
        </message>
        <message>
            <source>Selected shot</source>
            <translation>Ausgewählter Shot</translation>
        </message>
    </context>
    <context>
        <name>SingleShotDocument</name>
        <message>
            <source>Add an entry to {label}</source>
            <translation>Eintrag zu {label} hinzufügen</translation>
        </message>
        <message>
            <source>Change settings</source>
            <translation>Einstellungen ändern</translation>
        </message>
        <message>
            <source>Change {label}</source>
            <translation>{label} ändern</translation>
        </message>
        <message>
            <source>Choose audio for {label}</source>
            <translation>Audio für {label} wählen</translation>
        </message>
        <message>
            <source>Choose image for {label}</source>
            <translation>Bild für {label} wählen</translation>
        </message>
        <message>
            <source>Choose video for {label}</source>
            <translation>Video für {label} wählen</translation>
        </message>
        <message>
            <source>Choose {model}</source>
            <translation>{model} wählen</translation>
        </message>
        <message>
            <source>Continue from the clip's last frame</source>
            <translation>Ab dem letzten Bild des Clips fortsetzen</translation>
        </message>
        <message>
            <source>Drop audio on {label}</source>
            <translation>Audio auf {label} ablegen</translation>
        </message>
        <message>
            <source>Drop image on {label}</source>
            <translation>Bild auf {label} ablegen</translation>
        </message>
        <message>
            <source>Drop video on {label}</source>
            <translation>Video auf {label} ablegen</translation>
        </message>
        <message>
            <source>Edit {label}</source>
            <translation>{label} bearbeiten</translation>
        </message>
        <message>
            <source>Fix audio in {label}</source>
            <translation>Audio in {label} korrigieren</translation>
        </message>
        <message>
            <source>Fix image in {label}</source>
            <translation>Bild in {label} korrigieren</translation>
        </message>
        <message>
            <source>Fix video in {label}</source>
            <translation>Video in {label} korrigieren</translation>
        </message>
        <message>
            <source>Paste audio URL into {label}</source>
            <translation>Audio-URL in {label} einfügen</translation>
        </message>
        <message>
            <source>Paste image into {label}</source>
            <translation>Bild in {label} einfügen</translation>
        </message>
        <message>
            <source>Paste video URL into {label}</source>
            <translation>Video-URL in {label} einfügen</translation>
        </message>
        <message>
            <source>Remove an entry from {label}</source>
            <translation>Eintrag aus {label} entfernen</translation>
        </message>
        <message>
            <source>Remove audio from {label}</source>
            <translation>Audio aus {label} entfernen</translation>
        </message>
        <message>
            <source>Remove image from {label}</source>
            <translation>Bild aus {label} entfernen</translation>
        </message>
        <message>
            <source>Remove video from {label}</source>
            <translation>Video aus {label} entfernen</translation>
        </message>
        <message>
            <source>Reorder {label}</source>
            <translation>{label} neu anordnen</translation>
        </message>
        <message>
            <source>Restore previous image in {label}</source>
            <translation>Vorheriges Bild in {label} wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>SingleShotTakes</name>
        <message>
            <source>No takes of these inputs yet: generate, or ask for variations.</source>
            <translation>Noch keine Takes mit diesen Eingaben: Generieren Sie oder fordern Sie Variationen an.</translation>
        </message>
        <message>
            <source>Takes of the single shot</source>
            <translation>Takes des Einzelshots</translation>
        </message>
        <message>
            <source>The player now plays this take.</source>
            <translation>Der Player spielt jetzt diesen Take ab.</translation>
        </message>
    </context>
    <context>
        <name>SingleShotTakesHooks</name>
        <message>
            <source>Every take of these inputs: choose the one the player plays, reject, delete, star or compare them</source>
            <translation>Alle Takes mit diesen Eingaben: Wählen Sie den Take, den der Player abspielt, verwerfen, löschen, markieren oder vergleichen Sie sie</translation>
        </message>
        <message>
            <source>Ta&amp;kes of this shot…</source>
            <translation>Ta&amp;kes dieses Shots…</translation>
        </message>
        <message>
            <source>Takes ({n})…</source>
            <translation>Takes ({n})…</translation>
        </message>
        <message>
            <source>Takes…</source>
            <translation>Takes…</translation>
        </message>
    </context>
    <context>
        <name>SingleVariationsBar</name>
        <message>
            <source>How many variations</source>
            <translation>Wie viele Variationen</translation>
        </message>
        <message>
            <source>New takes of these inputs, each with its own seed</source>
            <translation>Neue Takes mit diesen Eingaben, jeder mit eigenem Seed</translation>
        </message>
        <message>
            <source>New takes with the seeds next to the selected take's</source>
            <translation>Neue Takes mit den Seeds neben dem des ausgewählten Takes</translation>
        </message>
        <message>
            <source>Seed sweep…</source>
            <translation>Seed-Reihe…</translation>
        </message>
        <message>
            <source>Variations…</source>
            <translation>Variationen…</translation>
        </message>
        <message>
            <source>{model} has no seed setting to sweep.</source>
            <translation>{model} hat keinen Seed, den man durchlaufen könnte.</translation>
        </message>
    </context>
    <context>
        <name>SpendChart</name>
        <message>
            <source>MMM d</source>
            <comment>a day on the chart's axis</comment>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>Money spent per day</source>
            <translation>Ausgaben pro Tag</translation>
        </message>
        <message>
            <source>Money spent per model</source>
            <translation>Ausgaben pro Modell</translation>
        </message>
        <message>
            <source>Money spent, as a bar chart</source>
            <translation>Ausgaben als Balkendiagramm</translation>
        </message>
        <message>
            <source>Spent (USD)</source>
            <translation>Ausgegeben (USD)</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} bis {last}</translation>
        </message>
    </context>
    <context>
        <name>SpendView</name>
        <message numerus="yes">
            <source>%n of them counted at the price shown before sending, as RunComfy reported no cost.</source>
            <translation>
                <numerusform>%n davon wurde mit dem vor dem Senden angezeigten Preis gezählt, da RunComfy keine Kosten gemeldet hat.</numerusform>
                <numerusform>%n davon wurden mit dem vor dem Senden angezeigten Preis gezählt, da RunComfy keine Kosten gemeldet hat.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paid jobs: {amount}.</source>
            <translation>
                <numerusform>%n bezahlter Auftrag: {amount}.</numerusform>
                <numerusform>%n bezahlte Aufträge: {amount}.</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Estimated</source>
            <translation>Geschätzt</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <source>Export spending as CSV</source>
            <translation>Ausgaben als CSV exportieren</translation>
        </message>
        <message>
            <source>Free previews</source>
            <translation>Gratis</translation>
        </message>
        <message numerus="yes">
            <source>Free previews, counted apart: %n.</source>
            <translation>
                <numerusform>Gratis-Vorschauen, separat gezählt: %n.</numerusform>
                <numerusform>Gratis-Vorschauen, separat gezählt: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Group the money spent</source>
            <translation>Ausgaben gruppieren</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Money spent, as a table</source>
            <translation>Ausgaben als Tabelle</translation>
        </message>
        <message>
            <source>Paid jobs</source>
            <translation>Aufträge</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>Pro Tag</translation>
        </message>
        <message>
            <source>Per model</source>
            <translation>Pro Modell</translation>
        </message>
        <message>
            <source>Reading what was spent…</source>
            <translation>Ausgaben werden gelesen…</translation>
        </message>
        <message>
            <source>Saved {file}.</source>
            <translation>{file} gespeichert.</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>Ausgaben</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Ausgegeben</translation>
        </message>
        <message>
            <source>Today: {spent} spent or on its way, of your daily cap of {cap}.</source>
            <translation>Heute: {spent} ausgegeben oder vorgemerkt, bei Ihrem Tageslimit von {cap}.</translation>
        </message>
        <message>
            <source>Today: {spent} spent or on its way. No daily cap is set.</source>
            <translation>Heute: {spent} ausgegeben oder vorgemerkt. Kein Tageslimit festgelegt.</translation>
        </message>
        <message>
            <source>What was spent could not be read: {reason}</source>
            <translation>Die Ausgaben konnten nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>{file} could not be saved: {reason}</source>
            <translation>{file} konnte nicht gespeichert werden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SpendingCaps</name>
        <message>
            <source>Don't send</source>
            <translation>Nicht senden</translation>
        </message>
        <message>
            <source>Raise the cap to {amount} and send</source>
            <translation>Limit auf {amount} anheben und senden</translation>
        </message>
        <message>
            <source>RunComfy balance unavailable</source>
            <translation>RunComfy-Guthaben nicht verfügbar</translation>
        </message>
        <message>
            <source>RunComfy balance {amount}</source>
            <translation>RunComfy-Guthaben {amount}</translation>
        </message>
        <message>
            <source>Spending cap reached</source>
            <translation>Ausgabenlimit erreicht</translation>
        </message>
        <message>
            <source>no spending cap is set</source>
            <translation>kein Ausgabenlimit festgelegt</translation>
        </message>
        <message>
            <source>today {after} of your {cap} daily cap</source>
            <translation>heute {after} von Ihrem Tageslimit von {cap}</translation>
        </message>
        <message>
            <source>your cap per render is {cap}</source>
            <translation>Ihr Limit pro Rendering ist {cap}</translation>
        </message>
    </context>
    <context>
        <name>StartCheck</name>
        <message>
            <source>Storyreel cannot start</source>
            <translation>Storyreel kann nicht starten</translation>
        </message>
        <message>
            <source>Your jobs, videos and settings are untouched.</source>
            <translation>Ihre Aufträge, Videos und Einstellungen bleiben unverändert.</translation>
        </message>
    </context>
    <context>
        <name>StillView</name>
        <message>
            <source>Held frame</source>
            <translation>Standbild</translation>
        </message>
    </context>
    <context>
        <name>Storyboard</name>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wird geprüft…</translation>
        </message>
        <message>
            <source>Clip missing</source>
            <translation>Clip fehlt</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Frame {n} ({name})</source>
            <translation>Bild {n} ({name})</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Kostenlos</translation>
        </message>
        <message>
            <source>Free preview</source>
            <translation>Gratis</translation>
        </message>
        <message>
            <source>Move frame {n}</source>
            <translation>Bild {n} verschieben</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation>Nicht bereit</translation>
        </message>
        <message>
            <source>Not rendered</source>
            <translation>Nicht gerendert</translation>
        </message>
        <message>
            <source>One clip per frame</source>
            <translation>Ein Clip pro Bild</translation>
        </message>
        <message>
            <source>One clip per pair of frames (first frame to last frame)</source>
            <translation>Ein Clip pro Bildpaar (vom Startbild zum Endbild)</translation>
        </message>
        <message>
            <source>Out of date</source>
            <translation>Veraltet</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>In Warteschlange</translation>
        </message>
        <message>
            <source>Rendering</source>
            <translation>Wird gerendert</translation>
        </message>
        <message>
            <source>Shot {n}</source>
            <translation>Shot {n}</translation>
        </message>
        <message>
            <source>Shot {n} · {s} s</source>
            <translation>Shot {n} · {s} s</translation>
        </message>
        <message>
            <source>Uncertain</source>
            <translation>Unsicher</translation>
        </message>
        <message>
            <source>Untitled storyboard</source>
            <translation>Unbenanntes Storyboard</translation>
        </message>
        <message>
            <source>{label}: being checked…</source>
            <translation>{label}: wird geprüft…</translation>
        </message>
        <message>
            <source>{label}: ready</source>
            <translation>{label}: bereit</translation>
        </message>
        <message>
            <source>{s} s</source>
            <translation>{s} s</translation>
        </message>
        <message>
            <source>≈ {price}</source>
            <translation>≈ {price}</translation>
        </message>
    </context>
    <context>
        <name>StoryboardView</name>
        <message>
            <source>Board summary</source>
            <translation>Storyboard-Übersicht</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>Schnitt</translation>
        </message>
        <message>
            <source>Cut:</source>
            <translation>Schnitt:</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Export the sequence as one MP4, the shot list, or everything an editor needs</source>
            <translation>Die Sequenz als ein MP4, die Shotliste oder alles für den Schnitt exportieren</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>Generate all</source>
            <translation>Alle generieren</translation>
        </message>
        <message>
            <source>Generate all shots</source>
            <translation>Alle Shots generieren</translation>
        </message>
        <message>
            <source>Generate selected</source>
            <translation>Auswahl generieren</translation>
        </message>
        <message>
            <source>Generate the selected shots</source>
            <translation>Die ausgewählten Shots generieren</translation>
        </message>
        <message>
            <source>One clip per frame</source>
            <translation>Ein Clip pro Bild</translation>
        </message>
        <message>
            <source>One clip per pair of frames</source>
            <translation>Ein Clip pro Bildpaar</translation>
        </message>
        <message>
            <source>Play sequence</source>
            <translation>Sequenz abspielen</translation>
        </message>
        <message>
            <source>Play the board: finished clips back to back, held frames for the rest</source>
            <translation>Storyboard abspielen: fertige Clips nacheinander, Standbilder für den Rest</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Shots</source>
            <translation>Shots</translation>
        </message>
        <message>
            <source>Storyboard</source>
            <translation>Storyboard</translation>
        </message>
        <message>
            <source>Storyboard name</source>
            <translation>Name des Storyboards</translation>
        </message>
        <message>
            <source>Why Generate is not available</source>
            <translation>Warum Generieren nicht verfügbar ist</translation>
        </message>
    </context>
    <context>
        <name>StructuredWidget</name>
        <message>
            <source>Entry {n}: </source>
            <translation>Eintrag {n}: </translation>
        </message>
        <message>
            <source>Fill in the shape the model asks for.</source>
            <translation>Füllen Sie die Struktur aus, die das Modell erwartet.</translation>
        </message>
        <message>
            <source>Insert template</source>
            <translation>Vorlage einfügen</translation>
        </message>
        <message>
            <source>JSON, shaped like:
{example}</source>
            <translation>JSON in dieser Form:
{example}</translation>
        </message>
        <message>
            <source>Lay the JSON out again, one entry per line.</source>
            <translation>JSON neu anordnen, ein Eintrag pro Zeile.</translation>
        </message>
        <message>
            <source>This JSON is nested too deeply.</source>
            <translation>Dieses JSON ist zu tief verschachtelt.</translation>
        </message>
        <message>
            <source>This is not valid JSON: {reason} (line {line}, column {column}).</source>
            <translation>Das ist kein gültiges JSON: {reason} (Zeile {line}, Spalte {column}).</translation>
        </message>
        <message>
            <source>Tidy</source>
            <translation>Aufräumen</translation>
        </message>
    </context>
    <context>
        <name>Switch</name>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Ein</translation>
        </message>
    </context>
    <context>
        <name>TakeDelegate</name>
        <message>
            <source>Rejected</source>
            <translation>Verworfen</translation>
        </message>
    </context>
    <context>
        <name>Takes</name>
        <message>
            <source>Another file is now at {path}; the take was left aside.</source>
            <translation>Unter {path} liegt jetzt eine andere Datei; der Take wurde beiseitegelegt.</translation>
        </message>
        <message>
            <source>{name} is no longer in the trash (it was emptied), so the take cannot come back.</source>
            <translation>{name} ist nicht mehr im Papierkorb (er wurde geleert), daher kann der Take nicht zurückkehren.</translation>
        </message>
        <message>
            <source>{name} is no longer there.</source>
            <translation>{name} ist nicht mehr vorhanden.</translation>
        </message>
    </context>
    <context>
        <name>TakesDialog</name>
        <message>
            <source>${cost} in all</source>
            <translation>${cost} insgesamt</translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%n verworfen</numerusform>
                <numerusform>%n verworfen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n takes</source>
            <translation>
                <numerusform>%n Take</numerusform>
                <numerusform>%n Takes</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a take</source>
            <translation>Take auswählen</translation>
        </message>
        <message>
            <source>Circle this take: the sequence plays it</source>
            <translation>Diesen Take einkreisen: Die Sequenz spielt ihn ab</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Compare…</source>
            <translation>Vergleichen…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete a take</source>
            <translation>Take löschen</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Keep a rejected take</source>
            <translation>Verworfenen Take behalten</translation>
        </message>
        <message>
            <source>Move this take's file to the trash (Edit → Undo brings it back)</source>
            <translation>Die Datei dieses Takes in den Papierkorb verschieben (Bearbeiten → Rückgängig holt sie zurück)</translation>
        </message>
        <message>
            <source>Play two takes together, side by side or with a wipe</source>
            <translation>Zwei Takes zusammen abspielen, nebeneinander oder mit einer Wischblende</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Reject a take</source>
            <translation>Take verwerfen</translation>
        </message>
        <message>
            <source>Set this take aside, but keep it</source>
            <translation>Diesen Take beiseitelegen, aber behalten</translation>
        </message>
        <message>
            <source>Takes</source>
            <translation>Takes</translation>
        </message>
        <message>
            <source>The take could not be deleted: {reason}</source>
            <translation>Der Take konnte nicht gelöscht werden: {reason}</translation>
        </message>
        <message>
            <source>The take's file is in the trash; Edit → Undo brings it back.</source>
            <translation>Die Datei des Takes liegt im Papierkorb; Bearbeiten → Rückgängig holt sie zurück.</translation>
        </message>
        <message>
            <source>◯ Choose</source>
            <translation>◯ Auswählen</translation>
        </message>
        <message>
            <source>★ Unstar</source>
            <translation>★ Markierung entfernen</translation>
        </message>
        <message>
            <source>☆ Star</source>
            <translation>☆ Markieren</translation>
        </message>
    </context>
    <context>
        <name>TakesModel</name>
        <message>
            <source>No seed</source>
            <translation>Kein Seed</translation>
        </message>
        <message>
            <source>Seed {seed}</source>
            <translation>Seed {seed}</translation>
        </message>
        <message>
            <source>Take {n}</source>
            <translation>Take {n}</translation>
        </message>
        <message>
            <source>chosen: the sequence plays it</source>
            <translation>ausgewählt: Die Sequenz spielt ihn ab</translation>
        </message>
        <message>
            <source>cost unknown</source>
            <translation>Kosten unbekannt</translation>
        </message>
        <message>
            <source>default settings</source>
            <translation>Standardeinstellungen</translation>
        </message>
        <message>
            <source>free preview</source>
            <translation>Gratis-Vorschau</translation>
        </message>
        <message>
            <source>its file is missing</source>
            <translation>Datei fehlt</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>on</source>
            <translation>an</translation>
        </message>
        <message>
            <source>rejected, kept</source>
            <translation>verworfen, behalten</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>markiert</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Click a shot to play the sequence from there.</source>
            <translation>Klicken Sie auf einen Shot, um die Sequenz ab dort abzuspielen.</translation>
        </message>
        <message>
            <source>Sequence timeline</source>
            <translation>Sequenz-Zeitleiste</translation>
        </message>
    </context>
    <context>
        <name>Toast</name>
        <message>
            <source>Notification</source>
            <translation>Benachrichtigung</translation>
        </message>
    </context>
    <context>
        <name>UndoHub</name>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message numerus="yes">
            <source>%n frames ≈ {seconds}</source>
            <translation>
                <numerusform>%n Frame ≈ {seconds}</numerusform>
                <numerusform>%n Frames ≈ {seconds}</numerusform>
            </translation>
        </message>
        <message>
            <source>{number} Hz</source>
            <translation>{number} Hz</translation>
        </message>
        <message>
            <source>{number} MB</source>
            <translation>{number} MB</translation>
        </message>
        <message>
            <source>{number} MiB</source>
            <translation>{number} MiB</translation>
        </message>
        <message>
            <source>{number} fps</source>
            <translation>{number} fps</translation>
        </message>
        <message>
            <source>{number} kB</source>
            <translation>{number} kB</translation>
        </message>
        <message>
            <source>{number} kHz</source>
            <translation>{number} kHz</translation>
        </message>
        <message>
            <source>{number} megapixels</source>
            <translation>{number} Megapixel</translation>
        </message>
        <message>
            <source>{number} min</source>
            <translation>{number} Min.</translation>
        </message>
        <message>
            <source>{number} px</source>
            <translation>{number} px</translation>
        </message>
        <message>
            <source>{number} s</source>
            <translation>{number} s</translation>
        </message>
    </context>
    <context>
        <name>VariationsBar</name>
        <message numerus="yes">
            <source>%n free previews of shot {shot}, {how}.</source>
            <translation>
                <numerusform>%n Gratis-Vorschau von Shot {shot}, {how}.</numerusform>
                <numerusform>%n Gratis-Vorschauen von Shot {shot}, {how}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n jobs sent: each becomes a take of this shot when it finishes.</source>
            <translation>
                <numerusform>%n Auftrag gesendet: Er wird ein Take dieses Shots, sobald er fertig ist.</numerusform>
                <numerusform>%n Aufträge gesendet: Jeder wird ein Take dieses Shots, sobald er fertig ist.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variations of shot {shot}, {how}, at {unit} per {per}.</source>
            <translation>
                <numerusform>%n Variation von Shot {shot}, {how}, zu {unit} pro {per}.</numerusform>
                <numerusform>%n Variationen von Shot {shot}, {how}, zu {unit} pro {per}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variations of shot {shot}, {how}: estimated {total} in all ({each} each).</source>
            <translation>
                <numerusform>%n Variation von Shot {shot}, {how}: geschätzt {total} insgesamt ({each} pro Stück).</numerusform>
                <numerusform>%n Variationen von Shot {shot}, {how}: geschätzt {total} insgesamt ({each} pro Stück).</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>How many variations</source>
            <translation>Wie viele Variationen</translation>
        </message>
        <message>
            <source>New takes of this shot, each with its own seed</source>
            <translation>Neue Takes dieses Shots, jeder mit eigenem Seed</translation>
        </message>
        <message>
            <source>New takes with the seeds next to the selected take's</source>
            <translation>Neue Takes mit den Seeds neben dem des ausgewählten Takes</translation>
        </message>
        <message>
            <source>No variations were sent: {reason}</source>
            <translation>Es wurden keine Variationen gesendet: {reason}</translation>
        </message>
        <message>
            <source>Reading the price…</source>
            <translation>Preis wird gelesen…</translation>
        </message>
        <message>
            <source>Seed sweep…</source>
            <translation>Seed-Reihe…</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message numerus="yes">
            <source>Send %n jobs</source>
            <translation>
                <numerusform>%n Auftrag senden</numerusform>
                <numerusform>%n Aufträge senden</numerusform>
            </translation>
        </message>
        <message>
            <source>Variations…</source>
            <translation>Variationen…</translation>
        </message>
        <message>
            <source>seeds {seeds}</source>
            <translation>Seeds {seeds}</translation>
        </message>
        <message>
            <source>the same settings again (this model has no seed)</source>
            <translation>noch einmal dieselben Einstellungen (dieses Modell hat keinen Seed)</translation>
        </message>
        <message>
            <source>video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>{model} has no seed setting to sweep.</source>
            <translation>{model} hat keinen Seed, den man durchlaufen könnte.</translation>
        </message>
    </context>
    <context>
        <name>VariationsButton</name>
        <message>
            <source>Generate 2 to 8 variations at once, each with its own seed</source>
            <translation>2 bis 8 Variationen auf einmal generieren, jede mit eigenem Seed</translation>
        </message>
        <message numerus="yes">
            <source>Make %n free previews, {how}?</source>
            <translation>
                <numerusform>%n Gratis-Vorschau erstellen, {how}?</numerusform>
                <numerusform>%n Gratis-Vorschauen erstellen, {how}?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Send %n jobs</source>
            <translation>
                <numerusform>%n Auftrag senden</numerusform>
                <numerusform>%n Aufträge senden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Send %n variations, {how}? Estimated {total} in all ({each} each).</source>
            <translation>
                <numerusform>%n Variation senden, {how}? Geschätzt {total} insgesamt ({each} pro Stück).</numerusform>
                <numerusform>%n Variationen senden, {how}? Geschätzt {total} insgesamt ({each} pro Stück).</numerusform>
            </translation>
        </message>
        <message>
            <source>The price is not known yet: variations wait until it is.</source>
            <translation>Der Preis ist noch nicht bekannt: Variationen warten, bis er es ist.</translation>
        </message>
        <message>
            <source>Variations</source>
            <translation>Variationen</translation>
        </message>
        <message>
            <source>seeds {seeds}</source>
            <translation>Seeds {seeds}</translation>
        </message>
        <message>
            <source>the same settings again (this model has no seed)</source>
            <translation>noch einmal dieselben Einstellungen (dieses Modell hat keinen Seed)</translation>
        </message>
        <message>
            <source>×{n} variations</source>
            <translation>×{n} Variationen</translation>
        </message>
    </context>
    <context>
        <name>VideoSurface</name>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
    </context>
    <context>
        <name>WelcomeBanner</name>
        <message>
            <source>Add your RunComfy API key</source>
            <translation>RunComfy-API-Schlüssel hinzufügen</translation>
        </message>
        <message>
            <source>Add your RunComfy key…</source>
            <translation>RunComfy-Schlüssel hinzufügen…</translation>
        </message>
        <message>
            <source>Change your RunComfy API key</source>
            <translation>RunComfy-API-Schlüssel ändern</translation>
        </message>
        <message>
            <source>Change your RunComfy key…</source>
            <translation>RunComfy-Schlüssel ändern…</translation>
        </message>
        <message>
            <source>Choose a model first, then pick a sample.</source>
            <translation>Wählen Sie zuerst ein Modell, dann ein Beispiel.</translation>
        </message>
        <message>
            <source>Close the welcome</source>
            <translation>Willkommen schließen</translation>
        </message>
        <message>
            <source>Close the welcome (Help → Show welcome brings it back)</source>
            <translation>Willkommen schließen (Hilfe → Willkommen anzeigen holt es zurück)</translation>
        </message>
        <message>
            <source>Generate makes &lt;b&gt;real AI clips&lt;/b&gt; on RunComfy, paid per clip.</source>
            <translation>Generieren erstellt &lt;b&gt;echte KI-Clips&lt;/b&gt; auf RunComfy, bezahlt pro Clip.</translation>
        </message>
        <message>
            <source>Sample frames</source>
            <translation>Beispielbilder</translation>
        </message>
        <message>
            <source>Storyreel turns still pictures into short video clips. Put a picture in the first frame box, describe the motion in the prompt, and press Generate.</source>
            <translation>Storyreel macht aus Standbildern kurze Videoclips. Legen Sie ein Bild in das Feld Startbild, beschreiben Sie die Bewegung im Prompt und klicken Sie auf Generieren.</translation>
        </message>
        <message>
            <source>The sample “{title}” could not be copied to {folder}: {error}</source>
            <translation>Das Beispiel „{title}“ konnte nicht nach {folder} kopiert werden: {error}</translation>
        </message>
        <message>
            <source>Try a sample:</source>
            <translation>Beispiel ausprobieren:</translation>
        </message>
        <message>
            <source>Until you add a RunComfy API key, it runs on the free &lt;b&gt;offline preview&lt;/b&gt;: local motion sketches made from your frames (camera moves and transitions), &lt;b&gt;not AI generation&lt;/b&gt;.</source>
            <translation>Bis Sie einen RunComfy-API-Schlüssel hinzufügen, läuft es mit der kostenlosen &lt;b&gt;Offline-Vorschau&lt;/b&gt;: lokale Bewegungsskizzen aus Ihren Bildern (Kamerafahrten und Übergänge), &lt;b&gt;keine KI-Generierung&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Welcome to Storyreel</source>
            <translation>Willkommen bei Storyreel</translation>
        </message>
        <message>
            <source>Without a RunComfy API key, Generate makes free &lt;b&gt;offline previews&lt;/b&gt;: motion sketches from your frames, &lt;b&gt;not AI generation&lt;/b&gt;.</source>
            <translation>Ohne RunComfy-API-Schlüssel erstellt Generieren kostenlose &lt;b&gt;Offline-Vorschauen&lt;/b&gt;: Bewegungsskizzen aus Ihren Bildern, &lt;b&gt;keine KI-Generierung&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Your RunComfy API key is set, so Generate makes &lt;b&gt;real AI clips&lt;/b&gt; with Seedance and Dreamina on RunComfy, paid per clip. The free offline preview (motion sketches, not AI generation) is one click away in the toolbar.</source>
            <translation>Ihr RunComfy-API-Schlüssel ist gesetzt: Generieren erstellt &lt;b&gt;echte KI-Clips&lt;/b&gt; mit Seedance und Dreamina auf RunComfy, pro Clip bezahlt. Die kostenlose Offline-Vorschau (Bewegungsskizzen, keine KI-Generierung) ist einen Klick entfernt in der Werkzeugleiste.</translation>
        </message>
        <message>
            <source>Your key is on runcomfy.com, under {place}.</source>
            <translation>Ihr Schlüssel steht auf runcomfy.com unter {place}.</translation>
        </message>
        <message>
            <source>“{title}” is being made: it plays in the player as soon as it is done.</source>
            <translation>„{title}“ wird erstellt: Es läuft im Player, sobald es fertig ist.</translation>
        </message>
        <message>
            <source>“{title}” is in the panel. Press Generate to see it move.</source>
            <translation>„{title}“ ist im Bedienfeld. Klicken Sie auf Generieren, um es in Bewegung zu sehen.</translation>
        </message>
        <message>
            <source>“{title}” is made: it is playing in the player. Try another sample, or drop a picture of your own into the panel.</source>
            <translation>„{title}“ ist fertig und läuft im Player. Probieren Sie ein anderes Beispiel oder legen Sie ein eigenes Bild im Bedienfeld ab.</translation>
        </message>
        <message>
            <source>“{title}” was not made: the queue says why.</source>
            <translation>„{title}“ wurde nicht erstellt: Die Warteschlange nennt den Grund.</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;About Storyreel</source>
            <translation>&amp;Über Storyreel</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;Verlauf…</translation>
        </message>
        <message>
            <source>&amp;Paste image</source>
            <translation>Bild ei&amp;nfügen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Single shot</source>
            <translation>&amp;Einzelner Shot</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>About Storyreel</source>
            <translation>Über Storyreel</translation>
        </message>
        <message>
            <source>Click a frame box first, then paste the image into it.</source>
            <translation>Klicken Sie zuerst auf ein Bildfeld und fügen Sie das Bild dann dort ein.</translation>
        </message>
        <message>
            <source>Copy &amp;diagnostics</source>
            <translation>&amp;Diagnose kopieren</translation>
        </message>
        <message>
            <source>Diagnostics copied to the clipboard (without your API key).</source>
            <translation>Diagnose in die Zwischenablage kopiert (ohne Ihren API-Schlüssel).</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <source>Open o&amp;utput folder</source>
            <translation>&amp;Ausgabeordner öffnen</translation>
        </message>
        <message>
            <source>Paste an image into the focused frame box</source>
            <translation>Ein Bild in das aktive Bildfeld einfügen</translation>
        </message>
        <message>
            <source>Re&amp;fresh models</source>
            <translation>Modelle a&amp;ktualisieren</translation>
        </message>
        <message>
            <source>Read RunComfy's list of models now.</source>
            <translation>Die Modellliste von RunComfy jetzt neu einlesen.</translation>
        </message>
        <message>
            <source>S&amp;pending…</source>
            <translation>&amp;Ausgaben…</translation>
        </message>
        <message>
            <source>S&amp;toryboard</source>
            <translation>S&amp;toryboard</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Einstellungen…</translation>
        </message>
        <message>
            <source>Show &amp;welcome</source>
            <translation>&amp;Willkommen anzeigen</translation>
        </message>
        <message>
            <source>Storyreel {version}</source>
            <translation>Storyreel {version}</translation>
        </message>
        <message>
            <source>The library folder {path} cannot be created: {error}</source>
            <translation>Der Bibliotheksordner {path} kann nicht angelegt werden: {error}</translation>
        </message>
        <message>
            <source>Turns still frames into video clips with ByteDance's Seedance and Dreamina models on RunComfy's Model API. The offline preview makes free local motion sketches, not AI generation.</source>
            <translation>Macht aus Standbildern Videoclips – mit den Modellen Seedance und Dreamina von ByteDance über die Model API von RunComfy. Die Offline-Vorschau erstellt kostenlose lokale Bewegungsskizzen, keine KI-Generierung.</translation>
        </message>
    </context>
    <context>
        <name>_ComboChoice</name>
        <message>
            <source>Not set</source>
            <translation>Nicht festgelegt</translation>
        </message>
    </context>
</TS>
