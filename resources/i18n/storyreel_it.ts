<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
    <context>
        <name>AudioPlayer</name>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Riproduci</translation>
        </message>
        <message>
            <source>Play or pause the clip</source>
            <translation>Riproduci o metti in pausa la clip</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posizione</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tempo</translation>
        </message>
    </context>
    <context>
        <name>BalanceLabel</name>
        <message>
            <source>Balance unavailable</source>
            <translation>Credito non disponibile</translation>
        </message>
        <message>
            <source>Balance: {amount}</source>
            <translation>Credito: {amount}</translation>
        </message>
        <message>
            <source>RunComfy balance</source>
            <translation>Credito RunComfy</translation>
        </message>
        <message>
            <source>RunComfy's balance could not be read just now. It is read again after the next finished job.</source>
            <translation>Il credito RunComfy non si è potuto leggere adesso. Verrà riletto dopo il prossimo lavoro finito.</translation>
        </message>
        <message>
            <source>Your RunComfy balance, read again after each finished job.</source>
            <translation>Il tuo credito RunComfy, riletto dopo ogni lavoro finito.</translation>
        </message>
    </context>
    <context>
        <name>BoardEditing</name>
        <message numerus="yes">
            <source>%n frames added.</source>
            <translation>
                <numerusform>%n fotogramma aggiunto.</numerusform>
                <numerusform>%n fotogrammi aggiunti.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots now use {model}.</source>
            <translation>
                <numerusform>%n inquadratura ora usa {model}.</numerusform>
                <numerusform>%n inquadrature ora usano {model}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add frames</source>
            <translation>Aggiungi fotogrammi</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tutti i file (*)</translation>
        </message>
        <message>
            <source>Apply settings and prompt to all shots</source>
            <translation>Applica impostazioni e prompt a tutte le inquadrature</translation>
        </message>
        <message>
            <source>Apply settings to all shots</source>
            <translation>Applica le impostazioni a tutte le inquadrature</translation>
        </message>
        <message>
            <source>Change the model of shot {n}</source>
            <translation>Cambia il modello dell'inquadratura {n}</translation>
        </message>
        <message>
            <source>Change the settings of shot {n}</source>
            <translation>Cambia le impostazioni dell'inquadratura {n}</translation>
        </message>
        <message>
            <source>Cut one clip per frame</source>
            <translation>Taglia una clip per fotogramma</translation>
        </message>
        <message>
            <source>Cut one clip per pair of frames</source>
            <translation>Taglia una clip per coppia di fotogrammi</translation>
        </message>
        <message>
            <source>Duplicate frame {n}</source>
            <translation>Duplica fotogramma {n}</translation>
        </message>
        <message>
            <source>Edit the prompt of shot {n}</source>
            <translation>Modifica il prompt dell'inquadratura {n}</translation>
        </message>
        <message>
            <source>Frame {n} ({name}) removed.</source>
            <translation>Fotogramma {n} ({name}) rimosso.</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</source>
            <translation>Immagini (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Left out {names}: not image files (PNG, JPEG, WebP, BMP, GIF or TIFF).</source>
            <translation>Esclusi {names}: non sono file immagine (PNG, JPEG, WebP, BMP, GIF o TIFF).</translation>
        </message>
        <message>
            <source>No images were found in the dropped folder.</source>
            <translation>Nella cartella rilasciata non ci sono immagini.</translation>
        </message>
        <message>
            <source>Remove frame {n}</source>
            <translation>Rimuovi fotogramma {n}</translation>
        </message>
        <message numerus="yes">
            <source>Shots {numbers} took the prompt and settings of the shot that began on the same frame.</source>
            <translation>
                <numerusform>L'inquadratura {numbers} ha preso il prompt e le impostazioni dell'inquadratura che iniziava sullo stesso fotogramma.</numerusform>
                <numerusform>Le inquadrature {numbers} hanno preso il prompt e le impostazioni dell'inquadratura che iniziava sullo stesso fotogramma.</numerusform>
            </translation>
        </message>
        <message>
            <source>The clipboard holds no image files: copy them in your file manager, or drop them on the strip.</source>
            <translation>Gli appunti non contengono file immagine: copiali dal gestore file o trascinali sulla striscia.</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>Usa {model}</translation>
        </message>
        <message numerus="yes">
            <source>{model} and these settings now apply to all %n shots; each keeps its prompt.</source>
            <translation>
                <numerusform>{model} e queste impostazioni ora valgono per %n inquadratura; mantiene il suo prompt.</numerusform>
                <numerusform>{model} e queste impostazioni ora valgono per tutte le %n inquadrature; ognuna mantiene il suo prompt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{model}, these settings and this prompt now apply to all %n shots.</source>
            <translation>
                <numerusform>{model}, queste impostazioni e questo prompt ora valgono per %n inquadratura.</numerusform>
                <numerusform>{model}, queste impostazioni e questo prompt ora valgono per tutte le %n inquadrature.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardSync</name>
        <message numerus="yes">
            <source>%n frames</source>
            <translation>
                <numerusform>%n fotogramma</numerusform>
                <numerusform>%n fotogrammi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots</source>
            <translation>
                <numerusform>%n inquadratura</numerusform>
                <numerusform>%n inquadrature</numerusform>
            </translation>
        </message>
        <message>
            <source>One clip per frame instead</source>
            <translation>Invece una clip per fotogramma</translation>
        </message>
        <message>
            <source>Select a shot to see its settings.</source>
            <translation>Seleziona un'inquadratura per vederne le impostazioni.</translation>
        </message>
        <message>
            <source>Shot {n} of {count} · {frames}</source>
            <translation>Inquadratura {n} di {count} · {frames}</translation>
        </message>
        <message>
            <source>Takes ({n})…</source>
            <translation>Riprese ({n})…</translation>
        </message>
        <message>
            <source>Takes…</source>
            <translation>Riprese…</translation>
        </message>
        <message>
            <source>This storyboard has no file yet: Save gives it one.</source>
            <translation>Questo storyboard non ha ancora un file: Salva gliene dà uno.</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>Usa {model}</translation>
        </message>
        <message>
            <source>frame {n}</source>
            <translation>fotogramma {n}</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>non ancora salvato</translation>
        </message>
        <message>
            <source>saved</source>
            <translation>salvato</translation>
        </message>
        <message>
            <source>saving…</source>
            <translation>salvataggio…</translation>
        </message>
        <message>
            <source>{done} of {shots} rendered</source>
            <translation>{done} di {shots} renderizzate</translation>
        </message>
        <message>
            <source>{message} One clip per pair of frames goes from a first frame to a last frame, so consecutive clips meet where the frames meet (shots {numbers}).</source>
            <translation>{message} Una clip per coppia di fotogrammi va da un fotogramma iniziale a uno finale, così le clip consecutive si uniscono dove si uniscono i fotogrammi (inquadrature {numbers}).</translation>
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
            <translation>Ancora nessuna ripresa: genera questa inquadratura o chiedi delle variazioni.</translation>
        </message>
        <message>
            <source>Takes of shot {n}</source>
            <translation>Riprese dell'inquadratura {n}</translation>
        </message>
        <message>
            <source>The sequence now plays this take.</source>
            <translation>Ora la sequenza riproduce questa ripresa.</translation>
        </message>
    </context>
    <context>
        <name>CapFields</name>
        <message>
            <source>A paid job that would pass a cap is not sent: Storyreel asks you first. Free previews never count.</source>
            <translation>Un lavoro a pagamento che supererebbe un limite non viene inviato: Storyreel prima te lo chiede. Le anteprime gratuite non contano mai.</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>Al giorno</translation>
        </message>
        <message>
            <source>Per storyboard render</source>
            <translation>Per rendering dello storyboard</translation>
        </message>
        <message>
            <source>Spending caps</source>
            <translation>Limiti di spesa</translation>
        </message>
    </context>
    <context>
        <name>CompareCanvas</name>
        <message>
            <source>The two takes</source>
            <translation>Le due riprese</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare takes</source>
            <translation>Confronta riprese</translation>
        </message>
        <message>
            <source>Frame ▶</source>
            <translation>Fotogramma ▶</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Riproduci</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posizione</translation>
        </message>
        <message>
            <source>Show the takes one over the other, split by a line</source>
            <translation>Mostra le riprese una sopra l'altra, divise da una linea</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>Affiancate</translation>
        </message>
        <message>
            <source>Wipe</source>
            <translation>Tendina</translation>
        </message>
        <message>
            <source>Wipe line</source>
            <translation>Linea della tendina</translation>
        </message>
        <message>
            <source>◀ Frame</source>
            <translation>◀ Fotogramma</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>Fetching the image was cancelled.</source>
            <translation>Il download dell'immagine è stato annullato.</translation>
        </message>
        <message>
            <source>RunComfy could not be reached, so the key is not checked yet: {reason}</source>
            <translation>Impossibile raggiungere RunComfy, quindi la chiave non è ancora verificata: {reason}</translation>
        </message>
        <message>
            <source>RunComfy refused this key: it may be mistyped, expired or revoked. Copy it again from your RunComfy profile.</source>
            <translation>RunComfy ha rifiutato questa chiave: potrebbe essere digitata male, scaduta o revocata. Copiala di nuovo dal tuo profilo RunComfy.</translation>
        </message>
        <message>
            <source>RunComfy's list of models is up to date.</source>
            <translation>L'elenco dei modelli di RunComfy è aggiornato.</translation>
        </message>
        <message>
            <source>Some of its models cannot be offered; the reasons are in the log (Help → Copy diagnostics).</source>
            <translation>Alcuni dei suoi modelli non possono essere proposti; i motivi sono nel registro (Aiuto → Copia diagnostica).</translation>
        </message>
        <message>
            <source>Some unfinished jobs cannot be followed yet: {reason}</source>
            <translation>Alcuni lavori non finiti non possono ancora essere seguiti: {reason}</translation>
        </message>
        <message>
            <source>Something went wrong: {error}. The details are in the log (Help → Copy diagnostics).</source>
            <translation>Qualcosa è andato storto: {error}. I dettagli sono nel registro (Aiuto → Copia diagnostica).</translation>
        </message>
        <message>
            <source>Storyreel is still starting: try again in a moment.</source>
            <translation>Storyreel si sta ancora avviando: riprova tra un momento.</translation>
        </message>
        <message>
            <source>The key could not be checked: {reason}</source>
            <translation>Impossibile verificare la chiave: {reason}</translation>
        </message>
        <message>
            <source>The key works: RunComfy accepted it.</source>
            <translation>La chiave funziona: RunComfy l'ha accettata.</translation>
        </message>
        <message>
            <source>This job could not be cancelled: it has already started generating, and only jobs still waiting in the queue can be cancelled.</source>
            <translation>Impossibile annullare questo lavoro: la generazione è già iniziata, e si possono annullare solo i lavori ancora in attesa nella coda.</translation>
        </message>
        <message>
            <source>Unfinished jobs could not be picked up: the details are in the log (Help → Copy diagnostics).</source>
            <translation>Impossibile riprendere i lavori non finiti: i dettagli sono nel registro (Aiuto → Copia diagnostica).</translation>
        </message>
        <message>
            <source>{problem} The models known before are offered.</source>
            <translation>{problem} Vengono proposti i modelli già noti.</translation>
        </message>
    </context>
    <context>
        <name>DocumentFlow</name>
        <message numerus="yes">
            <source>%n shots picked up clips that finished while it was closed.</source>
            <translation>
                <numerusform>%n inquadratura ha ricevuto clip finite mentre era chiuso.</numerusform>
                <numerusform>%n inquadrature hanno ricevuto clip finite mentre era chiuso.</numerusform>
            </translation>
        </message>
        <message>
            <source>A new, empty storyboard: drop frames on the strip to begin.</source>
            <translation>Un nuovo storyboard vuoto: trascina i fotogrammi sulla striscia per iniziare.</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tutti i file (*)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>Non salvare</translation>
        </message>
        <message numerus="yes">
            <source>It has %n frames. Save it to keep its frames, settings and clips together; its rendered clips stay in your library either way.</source>
            <translation>
                <numerusform>Ha %n fotogramma. Salvalo per tenere insieme fotogrammi, impostazioni e clip; le clip renderizzate restano comunque nella tua libreria.</numerusform>
                <numerusform>Ha %n fotogrammi. Salvalo per tenere insieme fotogrammi, impostazioni e clip; le clip renderizzate restano comunque nella tua libreria.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open storyboard</source>
            <translation>Apri storyboard</translation>
        </message>
        <message>
            <source>Opened {name}.</source>
            <translation>Aperto {name}.</translation>
        </message>
        <message>
            <source>Save storyboard as</source>
            <translation>Salva storyboard come</translation>
        </message>
        <message>
            <source>Save the storyboard?</source>
            <translation>Salvare lo storyboard?</translation>
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation>Salvato {path}.</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Salva…</translation>
        </message>
        <message>
            <source>Storyboards (*.storyboard.json *.json)</source>
            <translation>Storyboard (*.storyboard.json *.json)</translation>
        </message>
        <message>
            <source>Storyboards (*.storyboard.json)</source>
            <translation>Storyboard (*.storyboard.json)</translation>
        </message>
        <message numerus="yes">
            <source>The image files of frames {numbers} are missing.</source>
            <translation>
                <numerusform>Manca il file immagine del fotogramma {numbers}.</numerusform>
                <numerusform>Mancano i file immagine dei fotogrammi {numbers}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The storyboard could not be saved to {path}: {error}</source>
            <translation>Impossibile salvare lo storyboard in {path}: {error}</translation>
        </message>
        <message>
            <source>The storyboard is not saved in a file yet.</source>
            <translation>Lo storyboard non è ancora salvato in un file.</translation>
        </message>
        <message>
            <source>The storyboard {path} cannot be opened: {error}</source>
            <translation>Impossibile aprire lo storyboard {path}: {error}</translation>
        </message>
    </context>
    <context>
        <name>DropZone</name>
        <message>
            <source>All files (*)</source>
            <translation>Tutti i file (*)</translation>
        </message>
        <message>
            <source>Bring back the image that was here before.</source>
            <translation>Ripristina l'immagine che c'era prima.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Verifica…</translation>
        </message>
        <message>
            <source>Choose {subject}</source>
            <translation>Scegli {subject}</translation>
        </message>
        <message>
            <source>Drop zone for {subject}</source>
            <translation>Area di rilascio per {subject}</translation>
        </message>
        <message>
            <source>Drop {subject} here · or click to choose · Ctrl+V to paste</source>
            <translation>{subject}: trascina qui · o fai clic per scegliere · Ctrl+V per incollare</translation>
        </message>
        <message>
            <source>Fetching {name}…</source>
            <translation>Download di {name}…</translation>
        </message>
        <message>
            <source>Frame…</source>
            <translation>Inquadra…</translation>
        </message>
        <message>
            <source>Frame…: choose the part of the picture the shot keeps, at the shot's aspect ratio.</source>
            <translation>Inquadra…: scegli la parte dell'immagine che l'inquadratura tiene, nelle sue proporzioni.</translation>
        </message>
        <message>
            <source>Hide the rules</source>
            <translation>Nascondi le regole</translation>
        </message>
        <message>
            <source>Images ({patterns})</source>
            <translation>Immagini ({patterns})</translation>
        </message>
        <message>
            <source>No preview</source>
            <translation>Nessuna anteprima</translation>
        </message>
        <message>
            <source>Only one image fits here; the first of the {count} was used.</source>
            <translation>Qui entra una sola immagine; è stata usata la prima delle {count}.</translation>
        </message>
        <message>
            <source>Remove image</source>
            <translation>Rimuovi immagine</translation>
        </message>
        <message>
            <source>Remove this image (Delete)</source>
            <translation>Rimuovi questa immagine (Canc)</translation>
        </message>
        <message>
            <source>Restore previous</source>
            <translation>Ripristina precedente</translation>
        </message>
        <message>
            <source>Show every rule this image was checked against</source>
            <translation>Mostra tutte le regole con cui è stata verificata questa immagine</translation>
        </message>
        <message>
            <source>Show the rules</source>
            <translation>Mostra le regole</translation>
        </message>
        <message>
            <source>The clipboard holds no image, image file or image URL.</source>
            <translation>Gli appunti non contengono un'immagine, un file immagine o un URL di immagine.</translation>
        </message>
        <message>
            <source>an image</source>
            <translation>un'immagine</translation>
        </message>
        <message>
            <source>{name} cannot be read ({error}).</source>
            <translation>Impossibile leggere {name} ({error}).</translation>
        </message>
    </context>
    <context>
        <name>EngineChoice</name>
        <message>
            <source>Add your RunComfy API key in Settings to generate with RunComfy.</source>
            <translation>Aggiungi la tua chiave API di RunComfy nelle Impostazioni per generare con RunComfy.</translation>
        </message>
    </context>
    <context>
        <name>EngineSwitch</name>
        <message>
            <source>Engine</source>
            <translation>Motore</translation>
        </message>
        <message>
            <source>Engine:</source>
            <translation>Motore:</translation>
        </message>
        <message>
            <source>Free local motion sketches from your frames: not AI generation.</source>
            <translation>Bozze di movimento locali e gratuite dai tuoi fotogrammi: non generazione IA.</translation>
        </message>
        <message>
            <source>Offline preview</source>
            <translation>Anteprima offline</translation>
        </message>
        <message>
            <source>Real generation with Seedance and Dreamina on RunComfy: paid per clip.</source>
            <translation>Generazione reale con Seedance e Dreamina su RunComfy: a pagamento per clip.</translation>
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
            <translation> Ha chiesto di attendere {seconds} s.</translation>
        </message>
        <message>
            <source> RunComfy said: {message}</source>
            <translation> RunComfy ha risposto: {message}</translation>
        </message>
        <message>
            <source>'{request}' is not a valid RunComfy request id: request ids are 1 to 128 letters, digits, '-' or '_'.</source>
            <translation>'{request}' non è un ID di richiesta RunComfy valido: gli ID di richiesta sono da 1 a 128 lettere, cifre, '-' o '_'.</translation>
        </message>
        <message>
            <source>'{text}' is not a date: write it as year-month-day, for example 2026-03-31.</source>
            <translation>'{text}' non è una data: scrivila come anno-mese-giorno, per esempio 2026-03-31.</translation>
        </message>
        <message>
            <source>'{text}' is not a job state; choose from {known}.</source>
            <translation>'{text}' non è uno stato di un lavoro; scegli tra {known}.</translation>
        </message>
        <message>
            <source>1 entry given; at least {low} needed.</source>
            <translation>1 voce data; ne servono almeno {low}.</translation>
        </message>
        <message>
            <source>1 entry given; at most {high} allowed.</source>
            <translation>1 voce data; al massimo {high} consentite.</translation>
        </message>
        <message>
            <source>Another Storyreel is following this job: retry its download there, or close that Storyreel first.</source>
            <translation>Un altro Storyreel sta seguendo questo lavoro: riprova lì il download, oppure chiudi prima quello Storyreel.</translation>
        </message>
        <message>
            <source>Another Storyreel took this job over while this one was not responding; it follows the job from now on.</source>
            <translation>Un altro Storyreel ha preso in carico questo lavoro mentre questo non rispondeva; da ora lo segue quello.</translation>
        </message>
        <message>
            <source>Cancelling request {request}</source>
            <translation>Annullamento della richiesta {request}</translation>
        </message>
        <message>
            <source>Checking request {request}</source>
            <translation>Controllo della richiesta {request}</translation>
        </message>
        <message>
            <source>Could not connect to fetch {url}: {reason}.</source>
            <translation>Impossibile connettersi per scaricare {url}: {reason}.</translation>
        </message>
        <message>
            <source>Could not save {url} in {folder}: {reason}.</source>
            <translation>Impossibile salvare {url} in {folder}: {reason}.</translation>
        </message>
        <message>
            <source>Entry number {number} of RunComfy's catalogue has no usable model id; it is left out.</source>
            <translation>La voce numero {number} del catalogo di RunComfy non ha un ID modello utilizzabile; viene esclusa.</translation>
        </message>
        <message>
            <source>Entry number {number} of RunComfy's catalogue is not a model description; it is left out.</source>
            <translation>La voce numero {number} del catalogo di RunComfy non descrive un modello; viene esclusa.</translation>
        </message>
        <message>
            <source>Entry {name} of RunComfy's catalogue has no usable model id; it is left out.</source>
            <translation>La voce {name} del catalogo di RunComfy non ha un ID modello utilizzabile; viene esclusa.</translation>
        </message>
        <message>
            <source>Expected a value of type {type}.</source>
            <translation>Serve un valore di tipo {type}.</translation>
        </message>
        <message>
            <source>Expected {wanted}.</source>
            <translation>Serve {wanted}.</translation>
        </message>
        <message>
            <source>Fetching {url} failed: {reason}.</source>
            <translation>Il download di {url} non è riuscito: {reason}.</translation>
        </message>
        <message>
            <source>Fetching {url} took longer than {seconds} s, so Storyreel stopped. The server may be very slow: try again later, or save the image and use the file.</source>
            <translation>Il download di {url} ha richiesto più di {seconds} s, quindi Storyreel si è fermato. Il server potrebbe essere molto lento: riprova più tardi, oppure salva l'immagine e usa il file.</translation>
        </message>
        <message>
            <source>Frame {number} ({name})</source>
            <translation>Fotogramma {number} ({name})</translation>
        </message>
        <message>
            <source>Free local preview: a motion sketch from your frames, not AI generation.</source>
            <translation>Anteprima locale gratuita: una bozza di movimento dai tuoi fotogrammi, non una generazione IA.</translation>
        </message>
        <message>
            <source>Its choices are not all of one type ({kind}); each choice is sent exactly as the schema lists it.</source>
            <translation>Le sue opzioni non sono tutte dello stesso tipo ({kind}); ogni opzione viene inviata esattamente come la elenca lo schema.</translation>
        </message>
        <message>
            <source>Its choices are not all of one type; each choice is sent exactly as the schema lists it.</source>
            <translation>Le sue opzioni non sono tutte dello stesso tipo; ogni opzione viene inviata esattamente come la elenca lo schema.</translation>
        </message>
        <message>
            <source>Its choices are not plain values; the value is typed as JSON.</source>
            <translation>Le sue opzioni non sono valori semplici; il valore si inserisce come JSON.</translation>
        </message>
        <message>
            <source>Its default does not fit its own schema; it is left unset.</source>
            <translation>Il suo valore predefinito non rispetta il suo stesso schema; resta non impostato.</translation>
        </message>
        <message>
            <source>Its default {default} breaks its own limits ({limits}); it is left unset.</source>
            <translation>Il suo valore predefinito {default} viola i suoi stessi limiti ({limits}); resta non impostato.</translation>
        </message>
        <message>
            <source>Its default {default} is given as a number; the choice {choice} is used.</source>
            <translation>Il suo valore predefinito {default} è indicato come numero; viene usata l'opzione {choice}.</translation>
        </message>
        <message>
            <source>Its default {default} is not a number; it is left unset.</source>
            <translation>Il suo valore predefinito {default} non è un numero; resta non impostato.</translation>
        </message>
        <message>
            <source>Its default {default} is not a whole number; it is left unset.</source>
            <translation>Il suo valore predefinito {default} non è un numero intero; resta non impostato.</translation>
        </message>
        <message>
            <source>Its default {default} is not one of its choices; none is preselected.</source>
            <translation>Il suo valore predefinito {default} non è tra le sue opzioni; nessuna è preselezionata.</translation>
        </message>
        <message>
            <source>Its schema gives no type; the value is typed as JSON.</source>
            <translation>Il suo schema non indica un tipo; il valore si inserisce come JSON.</translation>
        </message>
        <message>
            <source>Its schema gives the type {type}; the value is typed as JSON.</source>
            <translation>Il suo schema indica il tipo {type}; il valore si inserisce come JSON.</translation>
        </message>
        <message>
            <source>Job {job} is not being followed in this session: resume it first.</source>
            <translation>Il lavoro {job} non è seguito in questa sessione: riprendilo prima.</translation>
        </message>
        <message>
            <source>Job {job} is not in the job database.</source>
            <translation>Il lavoro {job} non è nel database dei lavori.</translation>
        </message>
        <message>
            <source>Job {name} is followed by {holder}: this one leaves it to that one; nothing is lost.</source>
            <translation>Il lavoro {name} è seguito da {holder}: questo lo lascia a quello; non si perde nulla.</translation>
        </message>
        <message>
            <source>Job {name} is followed by {holder}: this window takes it over if that one stops.</source>
            <translation>Il lavoro {name} è seguito da {holder}: questa finestra lo prende in carico se quello si ferma.</translation>
        </message>
        <message>
            <source>Model file</source>
            <translation>File del modello</translation>
        </message>
        <message>
            <source>No RunComfy API key is set for {base}. Add one in Settings (or with `storyreel login --api-base {base}`, or the RUNCOMFY_API_TOKEN environment variable), or use the free offline preview.</source>
            <translation>Nessuna chiave API di RunComfy impostata per {base}. Aggiungine una nelle Impostazioni (oppure con `storyreel login --api-base {base}` o la variabile d'ambiente RUNCOMFY_API_TOKEN), oppure usa l'anteprima offline gratuita.</translation>
        </message>
        <message>
            <source>No RunComfy API key is set. Add one in Settings (or with `storyreel login`, or the RUNCOMFY_API_TOKEN environment variable), or use the free offline preview.</source>
            <translation>Nessuna chiave API di RunComfy impostata. Aggiungine una nelle Impostazioni (oppure con `storyreel login` o la variabile d'ambiente RUNCOMFY_API_TOKEN), oppure usa l'anteprima offline gratuita.</translation>
        </message>
        <message>
            <source>No RunComfy API key is set: add one in Settings.</source>
            <translation>Nessuna chiave API di RunComfy impostata: aggiungine una nelle Impostazioni.</translation>
        </message>
        <message>
            <source>Not sent: Storyreel closed before this job was sent. Nothing was charged; use Retry to send it.</source>
            <translation>Non inviato: Storyreel si è chiuso prima che questo lavoro venisse inviato. Non è stato addebitato nulla; usa Riprova per inviarlo.</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <translation>Non inviato: {reason}</translation>
        </message>
        <message>
            <source>Only http and https URLs can be used, not {scheme}.</source>
            <translation>Si possono usare solo URL http e https, non {scheme}.</translation>
        </message>
        <message>
            <source>Reading RunComfy's list of models</source>
            <translation>Lettura dell'elenco dei modelli di RunComfy</translation>
        </message>
        <message>
            <source>Reading RunComfy's list of models: an answer came without a list of models.</source>
            <translation>Lettura dell'elenco dei modelli di RunComfy: è arrivata una risposta senza un elenco di modelli.</translation>
        </message>
        <message>
            <source>Reading the account balance</source>
            <translation>Lettura del credito dell'account</translation>
        </message>
        <message>
            <source>Reading the price of {model}</source>
            <translation>Lettura del prezzo di {model}</translation>
        </message>
        <message>
            <source>Reading the result of request {request}</source>
            <translation>Lettura del risultato della richiesta {request}</translation>
        </message>
        <message>
            <source>Rendering these {shots} shots would cost {amount}, more than your cap of {cap} per storyboard render. Nothing was sent. Raise the cap in Settings to render them, or render fewer shots.</source>
            <translation>Renderizzare queste {shots} inquadrature costerebbe {amount}, più del tuo limite di {cap} per rendering dello storyboard. Non è stato inviato nulla. Alza il limite nelle Impostazioni per renderizzarle, oppure renderizza meno inquadrature.</translation>
        </message>
        <message>
            <source>Request {request} has been generating for {ran}, much longer than the usual {usual}. Storyreel keeps waiting for it; it is not cancelled.</source>
            <translation>La richiesta {request} è in generazione da {ran}, molto più dei soliti {usual}. Storyreel continua ad attendere; non viene annullata.</translation>
        </message>
        <message>
            <source>Request {request} was reported done with no output file.</source>
            <translation>La richiesta {request} è risultata completata senza alcun file di output.</translation>
        </message>
        <message>
            <source>RunComfy could not make this video: {reason}</source>
            <translation>RunComfy non è riuscito a creare questo video: {reason}</translation>
        </message>
        <message>
            <source>RunComfy gave no reason.</source>
            <translation>RunComfy non ha indicato il motivo.</translation>
        </message>
        <message>
            <source>RunComfy's list of models could not be read: {reason}</source>
            <translation>Impossibile leggere l'elenco dei modelli di RunComfy: {reason}</translation>
        </message>
        <message>
            <source>Sending the job</source>
            <translation>Invio del lavoro</translation>
        </message>
        <message>
            <source>Shot {number} has neither a clip nor a frame to hold.</source>
            <translation>L'inquadratura {number} non ha né una clip né un fotogramma da tenere fermo.</translation>
        </message>
        <message>
            <source>Shot {number} is already rendered from these inputs: {name}.</source>
            <translation>L'inquadratura {number} è già renderizzata da questi input: {name}.</translation>
        </message>
        <message>
            <source>Shot {number} is already under way as {request}.</source>
            <translation>L'inquadratura {number} è già in corso come {request}.</translation>
        </message>
        <message>
            <source>Shot {number} is rendered: {name}.</source>
            <translation>L'inquadratura {number} è renderizzata: {name}.</translation>
        </message>
        <message>
            <source>Shot {number} is still under way ({problem}); it is picked up when the board is opened again.</source>
            <translation>L'inquadratura {number} è ancora in corso ({problem}); verrà ripresa alla prossima apertura dello storyboard.</translation>
        </message>
        <message>
            <source>Shot {number} sent as {request}.</source>
            <translation>Inquadratura {number} inviata come {request}.</translation>
        </message>
        <message>
            <source>Shot {number} was not sent again: its last submission is uncertain. Check your generation history on RunComfy, then render this shot on its own to send it again.</source>
            <translation>L'inquadratura {number} non è stata inviata di nuovo: il suo ultimo invio è incerto. Controlla la cronologia delle generazioni su RunComfy, poi renderizza questa inquadratura da sola per inviarla di nuovo.</translation>
        </message>
        <message>
            <source>Shot {number} was not sent: {reason}</source>
            <translation>L'inquadratura {number} non è stata inviata: {reason}</translation>
        </message>
        <message>
            <source>Shot {number}: a held frame needs a length above 0 s, not {length}.</source>
            <translation>Inquadratura {number}: un fotogramma fermo deve durare più di 0 s, non {length}.</translation>
        </message>
        <message>
            <source>Shot {number}: its clip could not be trimmed: {reason}</source>
            <translation>Inquadratura {number}: non è stato possibile accorciare la sua clip: {reason}</translation>
        </message>
        <message>
            <source>Shot {number}: the frame {path} to hold does not exist.</source>
            <translation>Inquadratura {number}: il fotogramma da tenere fermo {path} non esiste.</translation>
        </message>
        <message>
            <source>Shot {number}: {field}: {problem}</source>
            <translation>Inquadratura {number}: {field}: {problem}</translation>
        </message>
        <message>
            <source>Shot {number}: {problem}</source>
            <translation>Inquadratura {number}: {problem}</translation>
        </message>
        <message>
            <source>Shot {number}: {reason}</source>
            <translation>Inquadratura {number}: {reason}</translation>
        </message>
        <message>
            <source>Shot {number}: {state}: {reason}</source>
            <translation>Inquadratura {number}: {state}: {reason}</translation>
        </message>
        <message>
            <source>Storyreel cannot tell whether RunComfy received this job: the answer to the submission was lost. Check your generation history on RunComfy (Library → Generations) before trying again, so that you are not charged twice. Storyreel will not send it again by itself.</source>
            <translation>Storyreel non sa se RunComfy ha ricevuto questo lavoro: la risposta all'invio è andata persa. Controlla la cronologia delle generazioni su RunComfy (Library → Generations) prima di riprovare, per non pagare due volte. Storyreel non lo invierà di nuovo da solo.</translation>
        </message>
        <message>
            <source>Storyreel cannot use its cache folder {path}</source>
            <translation>Storyreel non può usare la sua cartella della cache {path}</translation>
        </message>
        <message>
            <source>Storyreel cannot use its data folder {path}</source>
            <translation>Storyreel non può usare la sua cartella dei dati {path}</translation>
        </message>
        <message>
            <source>Storyreel cannot use its log folder {path}</source>
            <translation>Storyreel non può usare la sua cartella dei log {path}</translation>
        </message>
        <message>
            <source>Storyreel cannot use its output folder {path}</source>
            <translation>Storyreel non può usare la sua cartella di destinazione {path}</translation>
        </message>
        <message>
            <source>Storyreel cannot use its settings folder {path}</source>
            <translation>Storyreel non può usare la sua cartella delle impostazioni {path}</translation>
        </message>
        <message>
            <source>Storyreel cannot use its video library folder {path}</source>
            <translation>Storyreel non può usare la sua cartella della libreria video {path}</translation>
        </message>
        <message>
            <source>Storyreel cannot use its {what} folder {path}</source>
            <translation>Storyreel non può usare la sua cartella {what} {path}</translation>
        </message>
        <message>
            <source>Storyreel could not get an answer about request {request} ({tries} tries in a row): {reason} It keeps checking; the job is not lost.</source>
            <translation>Storyreel non ha ricevuto risposta sulla richiesta {request} ({tries} tentativi di fila): {reason} Continua a controllare; il lavoro non è perso.</translation>
        </message>
        <message>
            <source>Storyreel does not check the rule {names}; RunComfy checks it when sent.</source>
            <translation>Storyreel non controlla la regola {names}; la controlla RunComfy all'invio.</translation>
        </message>
        <message>
            <source>Storyreel does not check the rules {names}; RunComfy checks them when sent.</source>
            <translation>Storyreel non controlla le regole {names}; le controlla RunComfy all'invio.</translation>
        </message>
        <message>
            <source>Storyreel does not know the format '{format}'; the value is typed as text.</source>
            <translation>Storyreel non conosce il formato '{format}'; il valore si inserisce come testo.</translation>
        </message>
        <message>
            <source>Storyreel is not allowed to write in it</source>
            <translation>Storyreel non ha il permesso di scriverci</translation>
        </message>
        <message>
            <source>Storyreel stopped before the job finished; it continues on the next start.</source>
            <translation>Storyreel si è fermato prima che il lavoro finisse; proseguirà al prossimo avvio.</translation>
        </message>
        <message>
            <source>The API address '{address}' cannot be used: it must not contain a user name, a password, a query or a fragment.</source>
            <translation>L'indirizzo API '{address}' non può essere usato: non deve contenere un nome utente, una password, una query o un frammento.</translation>
        </message>
        <message>
            <source>The API address '{address}' cannot be used: it must start with https:// (plain http is only allowed for this computer, such as http://127.0.0.1:8000).</source>
            <translation>L'indirizzo API '{address}' non può essere usato: deve iniziare con https:// (http semplice è consentito solo per questo computer, ad esempio http://127.0.0.1:8000).</translation>
        </message>
        <message>
            <source>The RunComfy API key holds characters no API key has (spaces, line breaks, accented or other non-ASCII letters). Copy it again from your RunComfy profile and store it in Settings, with `storyreel login`, or in RUNCOMFY_API_TOKEN.</source>
            <translation>La chiave API di RunComfy contiene caratteri che nessuna chiave API ha (spazi, a capo, lettere accentate o altre non ASCII). Copiala di nuovo dal tuo profilo RunComfy e salvala nelle Impostazioni, con `storyreel login` o in RUNCOMFY_API_TOKEN.</translation>
        </message>
        <message>
            <source>The captions could not be burnt into {name}: {reason}</source>
            <translation>Non è stato possibile imprimere i sottotitoli in {name}: {reason}</translation>
        </message>
        <message>
            <source>The catalogue cache {path}</source>
            <translation>La cache del catalogo {path}</translation>
        </message>
        <message>
            <source>The catalogue cache {path} is damaged; RunComfy's catalogue is read again instead.</source>
            <translation>La cache del catalogo {path} è danneggiata; il catalogo di RunComfy viene invece letto di nuovo.</translation>
        </message>
        <message>
            <source>The catalogue cache {path} was written by a newer Storyreel; RunComfy's catalogue is read again instead.</source>
            <translation>La cache del catalogo {path} è stata scritta da una versione più recente di Storyreel; il catalogo di RunComfy viene invece letto di nuovo.</translation>
        </message>
        <message>
            <source>The catalogue entry number {number} has no input schema with fields; it is left out.</source>
            <translation>La voce di catalogo numero {number} non ha uno schema di input con campi; viene esclusa.</translation>
        </message>
        <message>
            <source>The catalogue entry {model} does not load: a part of its schema has the wrong kind ({reason}).</source>
            <translation>La voce di catalogo {model} non si carica: una parte del suo schema è del tipo sbagliato ({reason}).</translation>
        </message>
        <message>
            <source>The catalogue entry {model} does not load: {reason}</source>
            <translation>La voce di catalogo {model} non si carica: {reason}</translation>
        </message>
        <message>
            <source>The catalogue entry {model} has no input fields.</source>
            <translation>La voce di catalogo {model} non ha campi di input.</translation>
        </message>
        <message>
            <source>The catalogue entry {model} needs '{field}' ({what}), a kind of input this version of Storyreel cannot take yet; it is left out.</source>
            <translation>La voce di catalogo {model} richiede '{field}' ({what}), un tipo di input che questa versione di Storyreel non gestisce ancora; viene esclusa.</translation>
        </message>
        <message>
            <source>The catalogue entry {name} has no input schema with fields; it is left out.</source>
            <translation>La voce di catalogo {name} non ha uno schema di input con campi; viene esclusa.</translation>
        </message>
        <message>
            <source>The download of {url} was stopped because its downloader was closed; the part already fetched is kept in {part} and will be continued next time.</source>
            <translation>Il download di {url} è stato interrotto perché il suo downloader è stato chiuso; la parte già scaricata è conservata in {part} e riprenderà la prossima volta.</translation>
        </message>
        <message>
            <source>The dropped image</source>
            <translation>L'immagine rilasciata</translation>
        </message>
        <message>
            <source>The edit list {name} does not exist.</source>
            <translation>La lista di montaggio {name} non esiste.</translation>
        </message>
        <message>
            <source>The engine is closed.</source>
            <translation>Il motore è chiuso.</translation>
        </message>
        <message>
            <source>The file {path}</source>
            <translation>Il file {path}</translation>
        </message>
        <message>
            <source>The file {path} cannot be read ({reason}).</source>
            <translation>Impossibile leggere il file {path} ({reason}).</translation>
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>Il file {path} non esiste.</translation>
        </message>
        <message>
            <source>The fixed copy of {name} still fails: {reasons}</source>
            <translation>La copia corretta di {name} non passa ancora: {reasons}</translation>
        </message>
        <message>
            <source>The frame {name} cannot be read as an image: {reason}.</source>
            <translation>Il fotogramma {name} non può essere letto come immagine: {reason}.</translation>
        </message>
        <message>
            <source>The image</source>
            <translation>L'immagine</translation>
        </message>
        <message>
            <source>The job database has a damaged entry (the {column} of job {job} cannot be read). It was left as it is: it holds the request ids of the jobs you sent, so keep the file and ask for help before changing it.</source>
            <translation>Il database dei lavori contiene una voce danneggiata (il campo {column} del lavoro {job} non è leggibile). È stato lasciato com'è: contiene gli ID di richiesta dei lavori che hai inviato, quindi conserva il file e chiedi aiuto prima di modificarlo.</translation>
        </message>
        <message>
            <source>The job database {path} cannot be opened ({reason}). It is left as it is: it holds the request ids of the jobs you sent, so do not delete or move it. If another Storyreel was starting at the same moment, wait a few seconds and try again; otherwise check that its folder can be read and written.</source>
            <translation>Impossibile aprire il database dei lavori {path} ({reason}). È stato lasciato com'è: contiene gli ID di richiesta dei lavori che hai inviato, quindi non eliminarlo e non spostarlo. Se un altro Storyreel si stava avviando nello stesso momento, attendi qualche secondo e riprova; altrimenti verifica che la sua cartella sia leggibile e scrivibile.</translation>
        </message>
        <message>
            <source>The job database {path} was written by a newer version of Storyreel (database version {version}, this version understands up to {latest}). Update Storyreel to open it; it has not been changed.</source>
            <translation>Il database dei lavori {path} è stato scritto da una versione più recente di Storyreel (versione del database {version}, questa versione supporta al massimo la {latest}). Aggiorna Storyreel per aprirlo; non è stato modificato.</translation>
        </message>
        <message>
            <source>The job has no request id to follow.</source>
            <translation>Il lavoro non ha un ID di richiesta da seguire.</translation>
        </message>
        <message>
            <source>The live price of {model} could not be read, so nothing is sent. {reason}</source>
            <translation>Impossibile leggere il prezzo attuale di {model}, quindi non viene inviato nulla. {reason}</translation>
        </message>
        <message>
            <source>The model file {name}</source>
            <translation>Il file del modello {name}</translation>
        </message>
        <message>
            <source>The model file {name} cannot be read: {reason}.</source>
            <translation>Il file del modello {name} non può essere letto: {reason}.</translation>
        </message>
        <message>
            <source>The model file {name} is not a usable model file: a part of it has the wrong kind ({reason}). It is left out; the other models work as usual.</source>
            <translation>Il file del modello {name} non è utilizzabile: una sua parte è del tipo sbagliato ({reason}). Viene escluso; gli altri modelli funzionano come sempre.</translation>
        </message>
        <message>
            <source>The model file {name} replaces Storyreel's own model {model}; remove the file to use Storyreel's own again.</source>
            <translation>Il file del modello {name} sostituisce il modello {model} di Storyreel; rimuovi il file per tornare a quello di Storyreel.</translation>
        </message>
        <message>
            <source>The model file {name} replaces the catalogue's model {model}; remove the file to use the catalogue's again.</source>
            <translation>Il file del modello {name} sostituisce il modello {model} del catalogo; rimuovi il file per tornare a quello del catalogo.</translation>
        </message>
        <message>
            <source>The model id is wrong: '{model}' is not a RunComfy model id (such as bytedance/seedance-1-0/lite/image-to-video).</source>
            <translation>L'ID del modello è errato: '{model}' non è un ID di modello RunComfy (come bytedance/seedance-1-0/lite/image-to-video).</translation>
        </message>
        <message>
            <source>The number of variations must be a whole number from {low} to {high}.</source>
            <translation>Il numero di variazioni deve essere un numero intero da {low} a {high}.</translation>
        </message>
        <message>
            <source>The offline preview engine could not make this video: {reason}</source>
            <translation>Il motore dell'anteprima offline non è riuscito a creare questo video: {reason}</translation>
        </message>
        <message>
            <source>The offline preview engine gave no reason.</source>
            <translation>Il motore dell'anteprima offline non ha indicato il motivo.</translation>
        </message>
        <message>
            <source>The offline preview engine is not part of this Storyreel, so the preview cannot be made.</source>
            <translation>Il motore dell'anteprima offline non fa parte di questo Storyreel, quindi l'anteprima non può essere creata.</translation>
        </message>
        <message>
            <source>The offline preview engine stopped when Storyreel closed, and this preview went with it. Nothing was charged; use Retry to render it again.</source>
            <translation>Il motore dell'anteprima offline si è fermato alla chiusura di Storyreel e questa anteprima è andata persa. Non è stato addebitato nulla; usa Riprova per renderizzarla di nuovo.</translation>
        </message>
        <message>
            <source>The output address '{url}' is not a valid URL.</source>
            <translation>L'indirizzo dell'output '{url}' non è un URL valido.</translation>
        </message>
        <message>
            <source>The output address {url} answered with {kind} instead of a media file.</source>
            <translation>L'indirizzo dell'output {url} ha risposto con {kind} invece di un file multimediale.</translation>
        </message>
        <message>
            <source>The output address {url} carries a user name or an unusual port; Storyreel does not download it.</source>
            <translation>L'indirizzo dell'output {url} contiene un nome utente o una porta insolita; Storyreel non lo scarica.</translation>
        </message>
        <message>
            <source>The output address {url} is not https; Storyreel downloads outputs only over https.</source>
            <translation>L'indirizzo dell'output {url} non è https; Storyreel scarica gli output solo tramite https.</translation>
        </message>
        <message>
            <source>The output address {url} is not on runcomfy.net, so Storyreel does not download it: outputs are fetched only from RunComfy's own servers.</source>
            <translation>L'indirizzo dell'output {url} non è su runcomfy.net, quindi Storyreel non lo scarica: gli output vengono scaricati solo dai server di RunComfy.</translation>
        </message>
        <message>
            <source>The output file {url} could not be fetched: the server could not be reached or stopped answering ({reason}), after several tries.</source>
            <translation>Impossibile scaricare il file di output {url}: il server non era raggiungibile o ha smesso di rispondere ({reason}), dopo diversi tentativi.</translation>
        </message>
        <message>
            <source>The output file {url} is empty.</source>
            <translation>Il file di output {url} è vuoto.</translation>
        </message>
        <message>
            <source>The output file {url} is over Storyreel's limit of {limit:.1f} GB; the download was stopped.</source>
            <translation>Il file di output {url} supera il limite di Storyreel di {limit:.1f} GB; il download è stato interrotto.</translation>
        </message>
        <message>
            <source>The output file {url} is {size:.1f} GB, over Storyreel's limit of {limit:.1f} GB.</source>
            <translation>Il file di output {url} è di {size:.1f} GB, oltre il limite di Storyreel di {limit:.1f} GB.</translation>
        </message>
        <message>
            <source>The output server answered HTTP {status} for {url} after several tries.</source>
            <translation>Il server degli output ha risposto HTTP {status} per {url} dopo diversi tentativi.</translation>
        </message>
        <message>
            <source>The output server answered HTTP {status} for {url}.</source>
            <translation>Il server degli output ha risposto HTTP {status} per {url}.</translation>
        </message>
        <message>
            <source>The output server answered HTTP {status} for {url}: RunComfy no longer keeps this file.</source>
            <translation>Il server degli output ha risposto HTTP {status} per {url}: RunComfy non conserva più questo file.</translation>
        </message>
        <message>
            <source>The output server kept breaking off the download of {url} ({reason}; {tries} tries). The part already fetched is kept and is continued next time.</source>
            <translation>Il server degli output ha continuato a interrompere il download di {url} ({reason}; {tries} tentativi). La parte già scaricata viene conservata e il download riprende la prossima volta.</translation>
        </message>
        <message>
            <source>The output server redirected {url} to another address; Storyreel does not follow redirects for downloads.</source>
            <translation>Il server degli output ha reindirizzato {url} a un altro indirizzo; Storyreel non segue i reindirizzamenti per i download.</translation>
        </message>
        <message>
            <source>The outputs cannot be downloaded: {reason}</source>
            <translation>Impossibile scaricare gli output: {reason}</translation>
        </message>
        <message>
            <source>The pasted image could not be saved as PNG.</source>
            <translation>Impossibile salvare come PNG l'immagine incollata.</translation>
        </message>
        <message>
            <source>The preview is kept only while Storyreel stays open: choose Retry download in the queue once the folder can be written to.</source>
            <translation>L'anteprima è conservata solo finché Storyreel resta aperto: scegli Riprova download nella coda appena si potrà scrivere nella cartella.</translation>
        </message>
        <message>
            <source>The price of {model} changed from ${shown:g} per {shown_unit} to ${live:g} per {live_unit} since it was shown; nothing was sent. Check the new price and send the job again.</source>
            <translation>Il prezzo di {model} è cambiato da ${shown:g} per {shown_unit} a ${live:g} per {live_unit} da quando è stato mostrato; non è stato inviato nulla. Controlla il nuovo prezzo e invia di nuovo il lavoro.</translation>
        </message>
        <message>
            <source>The request would be {size} with its files inline; RunComfy takes at most {limit}. Use fewer or smaller files, or URLs to them.</source>
            <translation>Con i file incorporati la richiesta sarebbe di {size}; RunComfy accetta al massimo {limit}. Usa meno file o file più piccoli, oppure i loro URL.</translation>
        </message>
        <message>
            <source>The sequence could not be encoded: {reason}.</source>
            <translation>Non è stato possibile codificare la sequenza: {reason}.</translation>
        </message>
        <message>
            <source>The settings file {path}</source>
            <translation>Il file delle impostazioni {path}</translation>
        </message>
        <message>
            <source>The settings file {path} does not hold settings.</source>
            <translation>Il file delle impostazioni {path} non contiene impostazioni.</translation>
        </message>
        <message>
            <source>The simulator cannot listen on {host}: {reason}.</source>
            <translation>Il simulatore non può restare in ascolto su {host}: {reason}.</translation>
        </message>
        <message>
            <source>The storyboard file</source>
            <translation>Il file dello storyboard</translation>
        </message>
        <message>
            <source>The storyboard file {path}</source>
            <translation>Il file dello storyboard {path}</translation>
        </message>
        <message>
            <source>The storyboard file {path} does not exist.</source>
            <translation>Il file dello storyboard {path} non esiste.</translation>
        </message>
        <message>
            <source>The video could not be saved here: Storyreel may not write to {folder}. Check the folder's permissions or choose another library folder in Settings.</source>
            <translation>Impossibile salvare qui il video: Storyreel non ha il permesso di scrivere in {folder}. Controlla i permessi della cartella o scegli un'altra cartella della libreria nelle Impostazioni.</translation>
        </message>
        <message>
            <source>The video could not be saved here: the disk that holds {folder} is full. Free some space there.</source>
            <translation>Impossibile salvare qui il video: il disco che contiene {folder} è pieno. Libera un po' di spazio.</translation>
        </message>
        <message>
            <source>The video could not be saved here: the folder {folder} is missing (a disconnected drive?). Reconnect it or choose another library folder in Settings.</source>
            <translation>Impossibile salvare qui il video: la cartella {folder} non esiste (un'unità scollegata?). Ricollegala o scegli un'altra cartella della libreria nelle Impostazioni.</translation>
        </message>
        <message>
            <source>The video could not be saved here: {folder} (or a folder above it) is a file, not a folder. Move that file away or choose another library folder in Settings.</source>
            <translation>Impossibile salvare qui il video: {folder} (o una cartella superiore) è un file, non una cartella. Sposta quel file o scegli un'altra cartella della libreria nelle Impostazioni.</translation>
        </message>
        <message>
            <source>The video could not be saved here: {reason}. Check that {folder} can be written to and that the disk has room.</source>
            <translation>Impossibile salvare qui il video: {reason}. Controlla che in {folder} si possa scrivere e che il disco abbia spazio.</translation>
        </message>
        <message>
            <source>The video file {path} does not exist.</source>
            <translation>Il file video {path} non esiste.</translation>
        </message>
        <message>
            <source>The video is made and RunComfy keeps it for a while: choose Retry download in the queue or run `storyreel resume` to fetch it (Storyreel also tries again when it next starts).</source>
            <translation>Il video è pronto e RunComfy lo conserva per un po': scegli Riprova download nella coda o esegui `storyreel resume` per scaricarlo (Storyreel riprova anche al prossimo avvio).</translation>
        </message>
        <message>
            <source>The video was made but can no longer be downloaded: {reason}</source>
            <translation>Il video è stato creato ma non può più essere scaricato: {reason}</translation>
        </message>
        <message>
            <source>The video was made but could not be downloaded: {reason}</source>
            <translation>Il video è stato creato ma non è stato possibile scaricarlo: {reason}</translation>
        </message>
        <message>
            <source>There is no job {job} in the queue.</source>
            <translation>Non c'è nessun lavoro {job} in coda.</translation>
        </message>
        <message>
            <source>There is no job {job} to remove.</source>
            <translation>Non esiste alcun lavoro {job} da togliere.</translation>
        </message>
        <message>
            <source>There is no job {job} to retry.</source>
            <translation>Non c'è nessun lavoro {job} da riprovare.</translation>
        </message>
        <message>
            <source>There is no job {job}.</source>
            <translation>Non esiste alcun lavoro {job}.</translation>
        </message>
        <message>
            <source>There is nothing to export: the sequence has no shots.</source>
            <translation>Non c'è nulla da esportare: la sequenza non ha inquadrature.</translation>
        </message>
        <message>
            <source>This job is still {state}, so it cannot be removed from the list: cancel it or wait until it has finished.</source>
            <translation>Questo lavoro è ancora nello stato «{state}», quindi non può essere tolto dall'elenco: annullalo o attendi che sia finito.</translation>
        </message>
        <message>
            <source>This job is still {state}: wait for it or cancel it before sending it again.</source>
            <translation>Questo lavoro è ancora nello stato «{state}»: attendi che finisca o annullalo prima di inviarlo di nuovo.</translation>
        </message>
        <message>
            <source>This job is {state}: only a download that is waiting can be tried again.</source>
            <translation>Questo lavoro è nello stato «{state}»: si può riprovare solo un download in attesa.</translation>
        </message>
        <message>
            <source>This job would cost {amount}, and {spent} is already spent or on its way today, which would pass your daily spending cap of {cap}. Nothing was sent. Raise the cap in Settings to send it, or leave it.</source>
            <translation>Questo lavoro costerebbe {amount} e oggi sono già stati spesi o sono in arrivo {spent}: supereresti il tuo limite di spesa giornaliero di {cap}. Non è stato inviato nulla. Alza il limite nelle Impostazioni per inviarlo, oppure lascialo perdere.</translation>
        </message>
        <message>
            <source>This shot is no longer on the board.</source>
            <translation>Questa inquadratura non è più nello storyboard.</translation>
        </message>
        <message>
            <source>This value is nested too deeply to be checked.</source>
            <translation>Questo valore è annidato troppo in profondità per essere controllato.</translation>
        </message>
        <message>
            <source>This video is made and only waits for its download: use Retry download, which fetches it without sending the job again.</source>
            <translation>Questo video è pronto e aspetta solo il download: usa Riprova download, che lo scarica senza inviare di nuovo il lavoro.</translation>
        </message>
        <message>
            <source>Too long: {count} characters, at most {high} allowed.</source>
            <translation>Troppo lungo: {count} caratteri, al massimo {high} consentiti.</translation>
        </message>
        <message>
            <source>Too short: at least 1 character needed.</source>
            <translation>Troppo corto: serve almeno 1 carattere.</translation>
        </message>
        <message>
            <source>Too short: at least {low} characters needed.</source>
            <translation>Troppo corto: servono almeno {low} caratteri.</translation>
        </message>
        <message>
            <source>Unknown model '{model}'.</source>
            <translation>Modello sconosciuto '{model}'.</translation>
        </message>
        <message>
            <source>Unknown model '{model}'. Did you mean {close}?</source>
            <translation>Modello sconosciuto '{model}'. Intendevi {close}?</translation>
        </message>
        <message>
            <source>Waiting for the API key of {base}: set it in Settings or with `storyreel login --api-base {base}`. This job was sent there, and Storyreel sends a key only to the address it was given for.</source>
            <translation>In attesa della chiave API di {base}: impostala nelle Impostazioni o con `storyreel login --api-base {base}`. Questo lavoro è stato inviato lì, e Storyreel invia una chiave solo all'indirizzo per cui è stata data.</translation>
        </message>
        <message>
            <source>a group of named settings</source>
            <translation>un gruppo di impostazioni con nome</translation>
        </message>
        <message>
            <source>a group of named values</source>
            <translation>un gruppo di valori con nome</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <source>a list of frames</source>
            <translation>una lista di fotogrammi</translation>
        </message>
        <message>
            <source>a list of prompts</source>
            <translation>una lista di prompt</translation>
        </message>
        <message>
            <source>a list of shots</source>
            <translation>una lista di inquadrature</translation>
        </message>
        <message>
            <source>a model id (text)</source>
            <translation>un id di modello (testo)</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un numero</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>un numero intero</translation>
        </message>
        <message>
            <source>an amount Storyreel cannot total</source>
            <translation>un importo che Storyreel non può calcolare</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>un oggetto</translation>
        </message>
        <message>
            <source>is not a number that can be sent.</source>
            <translation>non è un numero che si possa inviare.</translation>
        </message>
        <message>
            <source>is not a number.</source>
            <translation>non è un numero.</translation>
        </message>
        <message>
            <source>it cannot be created ({reason})</source>
            <translation>non può essere creata ({reason})</translation>
        </message>
        <message>
            <source>it finished without a video</source>
            <translation>è terminato senza un video</translation>
        </message>
        <message>
            <source>it is a file, not a folder</source>
            <translation>è un file, non una cartella</translation>
        </message>
        <message>
            <source>it starts like a WebP image but is damaged</source>
            <translation>inizia come un'immagine WebP ma è danneggiato</translation>
        </message>
        <message>
            <source>it starts like a {format} image but is damaged or cut short</source>
            <translation>inizia come un'immagine {format} ma è danneggiato o troncato</translation>
        </message>
        <message>
            <source>its contents are not in any image format Storyreel knows</source>
            <translation>il contenuto non è in nessun formato immagine noto a Storyreel</translation>
        </message>
        <message>
            <source>its frames are damaged</source>
            <translation>i suoi fotogrammi sono danneggiati</translation>
        </message>
        <message>
            <source>its header claims a size too large to read safely</source>
            <translation>l'intestazione dichiara dimensioni troppo grandi per leggerla in sicurezza</translation>
        </message>
        <message>
            <source>its header gives it no width or height</source>
            <translation>l'intestazione non indica larghezza o altezza</translation>
        </message>
        <message>
            <source>no reason was given</source>
            <translation>non è stato indicato alcun motivo</translation>
        </message>
        <message>
            <source>null</source>
            <translation>null (nessun valore)</translation>
        </message>
        <message>
            <source>output</source>
            <translation>output</translation>
        </message>
        <message>
            <source>point STORYREEL_HOME (now '{home}') at a folder Storyreel can write in</source>
            <translation>fai puntare STORYREEL_HOME (ora '{home}') a una cartella in cui Storyreel possa scrivere</translation>
        </message>
        <message>
            <source>second</source>
            <translation>secondo</translation>
        </message>
        <message>
            <source>set STORYREEL_HOME to a folder Storyreel can write in</source>
            <translation>imposta STORYREEL_HOME su una cartella in cui Storyreel possa scrivere</translation>
        </message>
        <message>
            <source>shot {number}: ${price:g} per {unit}</source>
            <translation>inquadratura {number}: ${price:g} per {unit}</translation>
        </message>
        <message>
            <source>text</source>
            <translation>testo</translation>
        </message>
        <message>
            <source>the data is empty</source>
            <translation>i dati sono vuoti</translation>
        </message>
        <message>
            <source>the file ends before its image data does</source>
            <translation>il file finisce prima dei suoi dati d'immagine</translation>
        </message>
        <message>
            <source>the file is a HEIC/HEIF photo; export it as JPEG or PNG first</source>
            <translation>il file è una foto HEIC/HEIF; esportala prima come JPEG o PNG</translation>
        </message>
        <message>
            <source>the file is a PDF document</source>
            <translation>il file è un documento PDF</translation>
        </message>
        <message>
            <source>the file is a WAV sound recording</source>
            <translation>il file è una registrazione audio WAV</translation>
        </message>
        <message>
            <source>the file is a WebM or MKV video</source>
            <translation>il file è un video WebM o MKV</translation>
        </message>
        <message>
            <source>the file is a ZIP archive or an office document</source>
            <translation>il file è un archivio ZIP o un documento d'ufficio</translation>
        </message>
        <message>
            <source>the file is a gzip archive</source>
            <translation>il file è un archivio gzip</translation>
        </message>
        <message>
            <source>the file is a web page (HTML)</source>
            <translation>il file è una pagina web (HTML)</translation>
        </message>
        <message>
            <source>the file is an AVI video</source>
            <translation>il file è un video AVI</translation>
        </message>
        <message>
            <source>the file is an AVIF image this installation cannot decode</source>
            <translation>il file è un'immagine AVIF che questa installazione non sa decodificare</translation>
        </message>
        <message>
            <source>the file is an MP3 sound recording</source>
            <translation>il file è una registrazione audio MP3</translation>
        </message>
        <message>
            <source>the file is an MP4 or MOV video</source>
            <translation>il file è un video MP4 o MOV</translation>
        </message>
        <message>
            <source>the file is an SVG drawing; export it as PNG first</source>
            <translation>il file è un disegno SVG; esportalo prima come PNG</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>il file è vuoto</translation>
        </message>
        <message>
            <source>the file is text</source>
            <translation>il file è testo</translation>
        </message>
        <message>
            <source>the image file {path} is missing.</source>
            <translation>il file immagine {path} non è presente.</translation>
        </message>
        <message>
            <source>the server continued from the wrong place</source>
            <translation>il server ha ripreso dal punto sbagliato</translation>
        </message>
        <message>
            <source>the server could not continue the earlier download</source>
            <translation>il server non ha potuto riprendere il download precedente</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>vero o falso</translation>
        </message>
        <message>
            <source>{cannot}: {problem}. Storyreel changed nothing there. Make that path a folder Storyreel can write in, or {elsewhere}.</source>
            <translation>{cannot}: {problem}. Storyreel non ha modificato nulla. Fai di quel percorso una cartella in cui Storyreel possa scrivere, oppure {elsewhere}.</translation>
        </message>
        <message>
            <source>{count} already under way</source>
            <translation>già in corso: {count}</translation>
        </message>
        <message>
            <source>{count} bytes</source>
            <translation>{count} byte</translation>
        </message>
        <message>
            <source>{count} characters: prompts under {limit} characters give better results.</source>
            <translation>{count} caratteri: i prompt sotto i {limit} caratteri danno risultati migliori.</translation>
        </message>
        <message>
            <source>{count} entries given; at least {low} needed.</source>
            <translation>{count} voci date; ne servono almeno {low}.</translation>
        </message>
        <message>
            <source>{count} entries given; at most {high} allowed.</source>
            <translation>{count} voci date; al massimo {high} consentite.</translation>
        </message>
        <message>
            <source>{count} held back (submission uncertain)</source>
            <translation>trattenute (invio incerto): {count}</translation>
        </message>
        <message>
            <source>{count} kept as rendered</source>
            <translation>mantenute come renderizzate: {count}</translation>
        </message>
        <message>
            <source>{count} shot to render</source>
            <translation>{count} inquadratura da renderizzare</translation>
        </message>
        <message>
            <source>{count} shots to render</source>
            <translation>{count} inquadrature da renderizzare</translation>
        </message>
        <message>
            <source>{count} variations cannot be asked for at once: choose from {low} to {high}.</source>
            <translation>Non si possono chiedere {count} variazioni in una volta: scegli da {low} a {high}.</translation>
        </message>
        <message>
            <source>{error} The file was left as it is.</source>
            <translation>{error} Il file non è stato modificato.</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} o {second}</translation>
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
            <translation>{message} Il lavoro è stato inviato, quindi RunComfy potrebbe averlo messo in coda oppure no.</translation>
        </message>
        <message>
            <source>{minutes:.0f} min</source>
            <translation>{minutes:.0f} min</translation>
        </message>
        <message>
            <source>{model} cannot start from a frame: it takes no first frame or reference images.</source>
            <translation>{model} non può partire da un fotogramma: non accetta né un fotogramma iniziale né immagini di riferimento.</translation>
        </message>
        <message>
            <source>{model} cannot take a last frame, and no model in the catalogue can: choose one clip per frame instead.</source>
            <translation>{model} non accetta un fotogramma finale, e nessun modello del catalogo lo accetta: scegli invece una clip per fotogramma.</translation>
        </message>
        <message>
            <source>{model} cannot take a last frame; {other} can.</source>
            <translation>{model} non accetta un fotogramma finale; {other} sì.</translation>
        </message>
        <message>
            <source>{model} has no seed setting, so there is no seed to sweep around. Ask for variations instead: the model varies by itself from run to run.</source>
            <translation>{model} non ha un'impostazione seed, quindi non c'è un seed attorno a cui variare. Chiedi invece delle variazioni: il modello varia da solo a ogni esecuzione.</translation>
        </message>
        <message>
            <source>{name} cannot be decoded: it may be cut short (an unfinished download or copy) or damaged ({reason}).</source>
            <translation>Impossibile decodificare {name}: potrebbe essere troncato (un download o una copia non finiti) o danneggiato ({reason}).</translation>
        </message>
        <message>
            <source>{name} cannot be decoded: {reason}.</source>
            <translation>{name} non può essere decodificato: {reason}.</translation>
        </message>
        <message>
            <source>{name} cannot be read ({reason}).</source>
            <translation>Impossibile leggere {name} ({reason}).</translation>
        </message>
        <message>
            <source>{name} cannot be read as a video: it may be cut short (an unfinished download or copy), damaged, or another kind of file ({reason}).</source>
            <translation>Impossibile leggere {name} come video: potrebbe essere troncato (un download o una copia non finiti), danneggiato, o un altro tipo di file ({reason}).</translation>
        </message>
        <message>
            <source>{name} cannot be read as an audio clip: it may be cut short (an unfinished download or copy), damaged, or another kind of file ({reason}).</source>
            <translation>Impossibile leggere {name} come clip audio: potrebbe essere troncato (un download o una copia non finiti), danneggiato, o un altro tipo di file ({reason}).</translation>
        </message>
        <message>
            <source>{name} cannot be read as an edit list ({reason}).</source>
            <translation>{name} non può essere letto come lista di montaggio ({reason}).</translation>
        </message>
        <message>
            <source>{name} cannot be read to burn captions in: {reason}</source>
            <translation>{name} non può essere letto per imprimervi i sottotitoli: {reason}</translation>
        </message>
        <message>
            <source>{name} cannot be read to its end: {reason}.</source>
            <translation>{name} non può essere letto fino alla fine: {reason}.</translation>
        </message>
        <message>
            <source>{name} cannot be read to trim it: {reason}</source>
            <translation>{name} non può essere letto per accorciarlo: {reason}</translation>
        </message>
        <message>
            <source>{name} cannot be read: permission denied.</source>
            <translation>Impossibile leggere {name}: permesso negato.</translation>
        </message>
        <message>
            <source>{name} cannot be saved under {megabytes:g} MB without breaking the minimum size rules.</source>
            <translation>{name} non può essere salvata sotto {megabytes:g} MB senza violare le regole sulle dimensioni minime.</translation>
        </message>
        <message>
            <source>{name} could not be converted ({reason}).</source>
            <translation>Non è stato possibile convertire {name} ({reason}).</translation>
        </message>
        <message>
            <source>{name} could not be found: there is no file at {path}.</source>
            <translation>{name} non è stato trovato: non c'è nessun file in {path}.</translation>
        </message>
        <message>
            <source>{name} could not be made smaller than {size}; trim it or give a URL to the file instead.</source>
            <translation>Non è stato possibile ridurre {name} sotto {size}; accorcialo oppure indica invece un URL del file.</translation>
        </message>
        <message>
            <source>{name} could not be written in {folder}: {reason}. Free some space or choose another folder, then export again.</source>
            <translation>Impossibile scrivere {name} in {folder}: {reason}. Libera spazio o scegli un'altra cartella, poi esporta di nuovo.</translation>
        </message>
        <message>
            <source>{name} ends before its data does: it was cut short.</source>
            <translation>{name} finisce prima dei suoi dati: è stato troncato.</translation>
        </message>
        <message>
            <source>{name} has no frames between {start:g} s and {end} s.</source>
            <translation>{name} non ha fotogrammi tra {start:g} s e {end} s.</translation>
        </message>
        <message>
            <source>{name} has no frames to take the last one from.</source>
            <translation>{name} non ha fotogrammi da cui prendere l'ultimo.</translation>
        </message>
        <message>
            <source>{name} has no frames.</source>
            <translation>{name} non ha fotogrammi.</translation>
        </message>
        <message>
            <source>{name} has no picture (no video track).</source>
            <translation>{name} non ha immagini (nessuna traccia video).</translation>
        </message>
        <message>
            <source>{name} has no sound (no audio track).</source>
            <translation>{name} non ha audio (nessuna traccia audio).</translation>
        </message>
        <message>
            <source>{name} has no video clips.</source>
            <translation>{name} non contiene clip video.</translation>
        </message>
        <message>
            <source>{name} has no video frames.</source>
            <translation>{name} non contiene fotogrammi video.</translation>
        </message>
        <message>
            <source>{name} has no video track.</source>
            <translation>{name} non ha una traccia video.</translation>
        </message>
        <message>
            <source>{name} holds no audio clip frames: it is empty or cut short.</source>
            <translation>{name} non contiene frame audio: è vuoto o troncato.</translation>
        </message>
        <message>
            <source>{name} holds no video frames: it is empty or cut short.</source>
            <translation>{name} non contiene fotogrammi video: è vuoto o troncato.</translation>
        </message>
        <message>
            <source>{name} is a folder, not a video file.</source>
            <translation>{name} è una cartella, non un file video.</translation>
        </message>
        <message>
            <source>{name} is a folder, not an audio file.</source>
            <translation>{name} è una cartella, non un file audio.</translation>
        </message>
        <message>
            <source>{name} is a folder, not an image file.</source>
            <translation>{name} è una cartella, non un file immagine.</translation>
        </message>
        <message>
            <source>{name} is empty (0 bytes).</source>
            <translation>{name} è vuoto (0 byte).</translation>
        </message>
        <message>
            <source>{name} is incomplete: {reason}. It cannot be repaired: save or export it again from the original, or download it again.</source>
            <translation>{name} è incompleto: {reason}. Non può essere riparato: salvalo o esportalo di nuovo dall'originale, oppure scaricalo di nuovo.</translation>
        </message>
        <message>
            <source>{name} is not a known setting.</source>
            <translation>{name} non è un'impostazione conosciuta.</translation>
        </message>
        <message>
            <source>{name} is not a readable video: {reason}.</source>
            <translation>{name} non è un video leggibile: {reason}.</translation>
        </message>
        <message>
            <source>{name} is not a regular file, so it cannot be an image.</source>
            <translation>{name} non è un file normale, quindi non può essere un'immagine.</translation>
        </message>
        <message>
            <source>{name} is not an edit list Storyreel can read back: open an .otio or an .xml (Final Cut Pro 7 XML) file.</source>
            <translation>{name} non è una lista di montaggio che Storyreel può reimportare: apri un file .otio o .xml (Final Cut Pro 7 XML).</translation>
        </message>
        <message>
            <source>{name} is not an image Storyreel can read ({reason}).</source>
            <translation>{name} non è un'immagine che Storyreel può leggere ({reason}).</translation>
        </message>
        <message>
            <source>{name} is required.</source>
            <translation>{name} è obbligatorio.</translation>
        </message>
        <message>
            <source>{name} stops after {read} of the {declared} its header announces: it was cut short.</source>
            <translation>{name} si ferma dopo {read} dei {declared} annunciati dalla sua intestazione: è stato troncato.</translation>
        </message>
        <message>
            <source>{name} uses a colour mode ({mode}) Storyreel cannot convert to RGB.</source>
            <translation>{name} usa un metodo colore ({mode}) che Storyreel non può convertire in RGB.</translation>
        </message>
        <message>
            <source>{name}: '{text}' is not a whole number.</source>
            <translation>{name}: '{text}' non è un numero intero.</translation>
        </message>
        <message>
            <source>{name}: '{text}' is not true or false.</source>
            <translation>{name}: '{text}' non è né vero né falso.</translation>
        </message>
        <message>
            <source>{name}: '{text}' is not valid JSON.</source>
            <translation>{name}: '{text}' non è JSON valido.</translation>
        </message>
        <message>
            <source>{name}: '{text}' {reason}</source>
            <translation>{name}: '{text}' {reason}</translation>
        </message>
        <message>
            <source>{name}: the value is not valid JSON.</source>
            <translation>{name}: il valore non è JSON valido.</translation>
        </message>
        <message>
            <source>{name}: {warning}</source>
            <translation>{name}: {warning}</translation>
        </message>
        <message>
            <source>{path} cannot be reached ({reason})</source>
            <translation>{path} non è raggiungibile ({reason})</translation>
        </message>
        <message>
            <source>{path} is a file, not a folder</source>
            <translation>{path} è un file, non una cartella</translation>
        </message>
        <message>
            <source>{reason} It is also in your generation history on RunComfy.</source>
            <translation>{reason} Si trova anche nella cronologia delle generazioni su RunComfy.</translation>
        </message>
        <message>
            <source>{reason} It is left out; the other models work as usual.</source>
            <translation>{reason} Viene escluso; gli altri modelli funzionano come sempre.</translation>
        </message>
        <message>
            <source>{reason} Render the preview again: it costs nothing.</source>
            <translation>{reason} Renderizza di nuovo l'anteprima: non costa nulla.</translation>
        </message>
        <message>
            <source>{reason} RunComfy keeps requests for a limited time; check your generation history on RunComfy.</source>
            <translation>{reason} RunComfy conserva le richieste per un tempo limitato; controlla la cronologia delle generazioni su RunComfy.</translation>
        </message>
        <message>
            <source>{reason} RunComfy's catalogue is read again instead.</source>
            <translation>{reason} Il catalogo di RunComfy viene invece letto di nuovo.</translation>
        </message>
        <message>
            <source>{reason} Storyreel uses its default settings for now.</source>
            <translation>{reason} Per ora Storyreel usa le impostazioni predefinite.</translation>
        </message>
        <message>
            <source>{reason} Storyreel uses its default settings for now. A copy of it is kept as {path}.</source>
            <translation>{reason} Per ora Storyreel usa le impostazioni predefinite. Una sua copia è conservata come {path}.</translation>
        </message>
        <message>
            <source>{reason} The schema Storyreel ships for it is used.</source>
            <translation>{reason} Viene usato lo schema fornito con Storyreel.</translation>
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
            <translation>{source} è stato scritto per una versione più recente di Storyreel (formato {version}).</translation>
        </message>
        <message>
            <source>{source}: 'input_schema' has no 'properties'.</source>
            <translation>{source}: 'input_schema' non ha 'properties'.</translation>
        </message>
        <message>
            <source>{source}: 'model_id' is missing.</source>
            <translation>{source}: manca 'model_id'.</translation>
        </message>
        <message>
            <source>{source}: expected a JSON object.</source>
            <translation>{source}: era previsto un oggetto JSON.</translation>
        </message>
        <message>
            <source>{summary} Nothing was sent.</source>
            <translation>{summary} Non è stato inviato nulla.</translation>
        </message>
        <message>
            <source>{text} ${known:.2f} for the per-second shots; shot {numbers} is priced per output ({units}).</source>
            <translation>{text} ${known:.2f} per le inquadrature a prezzo al secondo; l'inquadratura {numbers} ha un prezzo per output ({units}).</translation>
        </message>
        <message>
            <source>{text} ${known:.2f} for the per-second shots; shots {numbers} are priced per output ({units}).</source>
            <translation>{text} ${known:.2f} per le inquadrature a prezzo al secondo; le inquadrature {numbers} hanno un prezzo per output ({units}).</translation>
        </message>
        <message>
            <source>{text} Estimated total ${total:.2f}.</source>
            <translation>{text} Totale stimato ${total:.2f}.</translation>
        </message>
        <message>
            <source>{text} Free local preview: a motion sketch of your frames, not AI generation.</source>
            <translation>{text} Anteprima locale gratuita: una bozza di movimento dei tuoi fotogrammi, non una generazione IA.</translation>
        </message>
        <message>
            <source>{text} Price unavailable: the live price of shot {numbers} could not be read ({reason}).</source>
            <translation>{text} Prezzo non disponibile: impossibile leggere il prezzo attuale dell'inquadratura {numbers} ({reason}).</translation>
        </message>
        <message>
            <source>{text} Price unavailable: the live price of shots {numbers} could not be read ({reason}).</source>
            <translation>{text} Prezzo non disponibile: impossibile leggere il prezzo attuale delle inquadrature {numbers} ({reason}).</translation>
        </message>
        <message>
            <source>{title} has no effect at {condition}.</source>
            <translation>{title} non ha effetto con {condition}.</translation>
        </message>
        <message>
            <source>{title}: the file {path} cannot be read ({reason}).</source>
            <translation>{title}: impossibile leggere il file {path} ({reason}).</translation>
        </message>
        <message>
            <source>{title}: the file {path} does not exist.</source>
            <translation>{title}: il file {path} non esiste.</translation>
        </message>
        <message>
            <source>{title}: the image cannot be made smaller than {limit} without going under the model's minimum of {side} px per side (it is {width}×{height} px).</source>
            <translation>{title}: l'immagine non può scendere sotto {limit} senza andare sotto il minimo del modello di {side} px per lato (è {width}×{height} px).</translation>
        </message>
        <message>
            <source>{title}: the image does not fit in {limit} as PNG, and this model takes no other format.</source>
            <translation>{title}: l'immagine non sta in {limit} come PNG, e questo modello non accetta altri formati.</translation>
        </message>
        <message>
            <source>{title}: {message}</source>
            <translation>{title}: {message}</translation>
        </message>
        <message>
            <source>{title}: {name} cannot be made small enough to send from a file without cutting it (RunComfy takes at most {limit} MiB). Shorten it, or give a URL to the file instead.</source>
            <translation>{title}: {name} non può essere reso abbastanza piccolo da essere inviato da un file senza tagliarlo (RunComfy accetta al massimo {limit} MiB). Accorcialo, oppure indica un URL al file.</translation>
        </message>
        <message>
            <source>{title}: {name} changed while it was being read, or does not pass its rules once prepared; check it again.</source>
            <translation>{title}: {name} è cambiato durante la lettura, oppure non rispetta le sue regole una volta preparato; controllalo di nuovo.</translation>
        </message>
        <message>
            <source>{title}: {path} is not an image Storyreel can read ({reason}).</source>
            <translation>{title}: {path} non è un'immagine che Storyreel può leggere ({reason}).</translation>
        </message>
        <message>
            <source>{title}: {reason} Use the original file.</source>
            <translation>{title}: {reason} Usa il file originale.</translation>
        </message>
        <message>
            <source>{url} answered with an empty body instead of an image.</source>
            <translation>{url} ha risposto con un contenuto vuoto invece di un'immagine.</translation>
        </message>
        <message>
            <source>{url} answered {status} instead of sending the image.</source>
            <translation>{url} ha risposto {status} invece di inviare l'immagine.</translation>
        </message>
        <message>
            <source>{url} answered {status} without saying where to.</source>
            <translation>{url} ha risposto {status} senza indicare dove.</translation>
        </message>
        <message>
            <source>{url} answered {status}.</source>
            <translation>{url} ha risposto {status}.</translation>
        </message>
        <message>
            <source>{url} cannot be fetched: {reason}.</source>
            <translation>Impossibile scaricare {url}: {reason}.</translation>
        </message>
        <message>
            <source>{url} did not answer within {seconds}.</source>
            <translation>{url} non ha risposto entro {seconds}.</translation>
        </message>
        <message>
            <source>{url} is larger than {limit}, the most Storyreel fetches for checking.</source>
            <translation>{url} è più grande di {limit}, il massimo che Storyreel scarica per il controllo.</translation>
        </message>
        <message>
            <source>{url} redirected more than {count} times; giving up.</source>
            <translation>{url} ha reindirizzato più di {count} volte; rinuncio.</translation>
        </message>
        <message>
            <source>{url} redirected to {target}, which is not fetched: {reason}</source>
            <translation>{url} ha reindirizzato a {target}, che non viene scaricato: {reason}</translation>
        </message>
        <message>
            <source>{url} stopped sending data for {seconds}.</source>
            <translation>{url} ha smesso di inviare dati per {seconds}.</translation>
        </message>
        <message>
            <source>{value} is not one of {values}.</source>
            <translation>{value} non è tra {values}.</translation>
        </message>
        <message>
            <source>{value} is not one of: {listed}.</source>
            <translation>{value} non è tra: {listed}.</translation>
        </message>
        <message>
            <source>{value} must be a multiple of {limit}.</source>
            <translation>{value} deve essere un multiplo di {limit}.</translation>
        </message>
        <message>
            <source>{value} must be at least {limit}.</source>
            <translation>{value} deve essere almeno {limit}.</translation>
        </message>
        <message>
            <source>{value} must be at most {limit}.</source>
            <translation>{value} deve essere al massimo {limit}.</translation>
        </message>
        <message>
            <source>{value} must be less than {limit}.</source>
            <translation>{value} deve essere meno di {limit}.</translation>
        </message>
        <message>
            <source>{value} must be more than {limit}.</source>
            <translation>{value} deve essere più di {limit}.</translation>
        </message>
        <message>
            <source>{what} cannot be opened: its "{key}" should be {wanted}, but it is {actual}. The file was left as it is; correct it in a text editor or open another storyboard.</source>
            <translation>{what} non può essere aperto: la voce "{key}" dovrebbe essere {wanted}, ma è {actual}. Il file non è stato modificato; correggilo in un editor di testo o apri un altro storyboard.</translation>
        </message>
        <message>
            <source>{what} cannot be read: it is a folder, not a file.</source>
            <translation>{what} non può essere letto: è una cartella, non un file.</translation>
        </message>
        <message>
            <source>{what} cannot be read: it is not a text file (not UTF-8).</source>
            <translation>{what} non può essere letto: non è un file di testo (non è UTF-8).</translation>
        </message>
        <message>
            <source>{what} cannot be read: it is not valid JSON ({problem} at line {line}).</source>
            <translation>{what} non può essere letto: non è un JSON valido ({problem} alla riga {line}).</translation>
        </message>
        <message>
            <source>{what} cannot be read: its data is nested more than {depth} levels deep, which no file Storyreel writes is.</source>
            <translation>{what} non può essere letto: i suoi dati sono annidati per più di {depth} livelli, cosa che nessun file scritto da Storyreel fa.</translation>
        </message>
        <message>
            <source>{what} cannot be read: {reason}.</source>
            <translation>{what} non può essere letto: {reason}.</translation>
        </message>
        <message>
            <source>{what} failed; it was not sent</source>
            <translation>{what} non riuscito; non è stato inviato</translation>
        </message>
        <message>
            <source>{what} has an unreadable storyboard version ({version}); expected a whole number from 0 to {latest}.</source>
            <translation>{what} ha una versione dello storyboard illeggibile ({version}); era atteso un numero intero da 0 a {latest}.</translation>
        </message>
        <message>
            <source>{what} is not a Storyreel storyboard: it has no "format": "{name}" entry.</source>
            <translation>{what} non è uno storyboard di Storyreel: non ha la voce "format": "{name}".</translation>
        </message>
        <message>
            <source>{what} was saved by a newer Storyreel (storyboard format version {version}); this Storyreel opens versions up to {latest}. Update Storyreel to open it.</source>
            <translation>{what} è stato salvato da una versione più recente di Storyreel (versione del formato storyboard {version}); questo Storyreel apre le versioni fino alla {latest}. Aggiorna Storyreel per aprirlo.</translation>
        </message>
        <message>
            <source>{what}: RunComfy answered with JSON that is not an object.</source>
            <translation>{what}: RunComfy ha risposto con un JSON che non è un oggetto.</translation>
        </message>
        <message>
            <source>{what}: RunComfy answered with a server error (HTTP {status}), so it may or may not have queued the job.</source>
            <translation>{what}: RunComfy ha risposto con un errore del server (HTTP {status}), quindi il lavoro potrebbe essere stato messo in coda oppure no.</translation>
        </message>
        <message>
            <source>{what}: RunComfy answered with something that is not JSON.</source>
            <translation>{what}: RunComfy ha risposto con qualcosa che non è JSON.</translation>
        </message>
        <message>
            <source>{what}: RunComfy had a server error (HTTP {status}) and Storyreel's retries did not get past it.{said}</source>
            <translation>{what}: RunComfy ha avuto un errore del server (HTTP {status}) e i tentativi di Storyreel non lo hanno superato.{said}</translation>
        </message>
        <message>
            <source>{what}: RunComfy is receiving too many requests from this account.{after} Storyreel waited and tried again; try again in a minute.{said}</source>
            <translation>{what}: RunComfy sta ricevendo troppe richieste da questo account.{after} Storyreel ha atteso e riprovato; riprova tra un minuto.{said}</translation>
        </message>
        <message>
            <source>{what}: RunComfy refused the request (HTTP {status}) without a reason.</source>
            <translation>{what}: RunComfy ha rifiutato la richiesta (HTTP {status}) senza un motivo.</translation>
        </message>
        <message>
            <source>{what}: RunComfy refused the request (HTTP {status}).{said}</source>
            <translation>{what}: RunComfy ha rifiutato la richiesta (HTTP {status}).{said}</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer (HTTP {status}) was not what its API promises.{said}</source>
            <translation>{what}: la risposta di RunComfy (HTTP {status}) non è quella promessa dalla sua API.{said}</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer carried no usable request id, so Storyreel cannot tell whether the job was queued.</source>
            <translation>{what}: la risposta di RunComfy non conteneva un ID di richiesta utilizzabile, quindi Storyreel non può sapere se il lavoro è stato messo in coda.</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer has neither a status nor an output.</source>
            <translation>{what}: la risposta di RunComfy non indica né uno stato né un output.</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer has no status.</source>
            <translation>{what}: la risposta di RunComfy non indica uno stato.</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer has no usable price (price {price}, unit {unit}), so nothing is sent.</source>
            <translation>{what}: la risposta di RunComfy non contiene un prezzo utilizzabile (prezzo {price}, unità {unit}), quindi non viene inviato nulla.</translation>
        </message>
        <message>
            <source>{what}: the API key was refused (missing, expired or revoked, or the account is inactive). Check it in Settings.{said}</source>
            <translation>{what}: la chiave API è stata rifiutata (mancante, scaduta o revocata, oppure l'account non è attivo). Controllala nelle Impostazioni.{said}</translation>
        </message>
        <message>
            <source>{what}: the answer states no balance.</source>
            <translation>{what}: la risposta non indica alcun credito.</translation>
        </message>
        <message>
            <source>{what}: the connection failed after the job was sent ({reason}), so RunComfy may or may not have received it.</source>
            <translation>{what}: la connessione si è interrotta dopo l'invio del lavoro ({reason}), quindi RunComfy potrebbe averlo ricevuto oppure no.</translation>
        </message>
        <message>
            <source>{what}: the job is gone on the server (its request id is unknown, deleted or expired).{said}</source>
            <translation>{what}: il lavoro non esiste più sul server (il suo ID di richiesta è sconosciuto, eliminato o scaduto).{said}</translation>
        </message>
        <message>
            <source>{what}: the model id is wrong, or the request id is malformed, so RunComfy does not know it.{said}</source>
            <translation>{what}: l'ID del modello è errato, o l'ID della richiesta non è valido, quindi RunComfy non lo riconosce.{said}</translation>
        </message>
        <message>
            <source>{what}: the server sent a redirect to {where}, which Storyreel does not follow: check the API address in Settings.</source>
            <translation>{what}: il server ha inviato un reindirizzamento a {where}, che Storyreel non segue: controlla l'indirizzo API nelle Impostazioni.</translation>
        </message>
        <message>
            <source>{what}: the server's answer was larger ({size}) than the {limit} an API answer may be, so Storyreel stopped reading it. Check the API address in Settings: it may not be RunComfy's Model API.</source>
            <translation>{what}: la risposta del server ({size}) superava i {limit} consentiti per una risposta dell'API, quindi Storyreel ha smesso di leggerla. Controlla l'indirizzo API nelle Impostazioni: potrebbe non essere la Model API di RunComfy.</translation>
        </message>
        <message>
            <source>{what}: the server's answer was larger than the {limit} an API answer may be, so Storyreel stopped reading it. Check the API address in Settings: it may not be RunComfy's Model API.</source>
            <translation>{what}: la risposta del server superava i {limit} consentiti per una risposta dell'API, quindi Storyreel ha smesso di leggerla. Controlla l'indirizzo API nelle Impostazioni: potrebbe non essere la Model API di RunComfy.</translation>
        </message>
        <message>
            <source>{what}: this request belongs to another RunComfy account, so the API key in use cannot see it.{said}</source>
            <translation>{what}: questa richiesta appartiene a un altro account RunComfy, quindi la chiave API in uso non può vederla.{said}</translation>
        </message>
        <message>
            <source>{what}: your RunComfy balance is used up. Top up your RunComfy account; nothing was run.{said}</source>
            <translation>{what}: il tuo credito RunComfy è esaurito. Ricarica il tuo account RunComfy; non è stato eseguito nulla.{said}</translation>
        </message>
        <message>
            <source>{what}: {host} could not be reached ({reason}). Check your internet connection; Storyreel tried several times.</source>
            <translation>{what}: impossibile raggiungere {host} ({reason}). Controlla la connessione a Internet; Storyreel ha riprovato più volte.</translation>
        </message>
        <message>
            <source>{what}: {host} did not answer in time ({reason}). Check your internet connection; Storyreel tried several times.</source>
            <translation>{what}: {host} non ha risposto in tempo ({reason}). Controlla la connessione a Internet; Storyreel ha riprovato più volte.</translation>
        </message>
        <message>
            <source>{what}: {host} dropped the connection ({reason}). Check your internet connection; Storyreel tried several times.</source>
            <translation>{what}: {host} ha interrotto la connessione ({reason}). Controlla la connessione a Internet; Storyreel ha riprovato più volte.</translation>
        </message>
        <message>
            <source>{what}: {host} offers no balance Storyreel knows.</source>
            <translation>{what}: {host} non offre un credito che Storyreel sappia leggere.</translation>
        </message>
        <message>
            <source>{where}: {message}</source>
            <translation>{where}: {message}</translation>
        </message>
        <message>
            <source>{written} of {total} bytes arrived</source>
            <translation>sono arrivati {written} byte su {total}</translation>
        </message>
    </context>
    <context>
        <name>ExportFlow</name>
        <message>
            <source>An export is already running.</source>
            <translation>È già in corso un'esportazione.</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Export cancelled: {name} was not written.</source>
            <translation>Esportazione annullata: {name} non è stato scritto.</translation>
        </message>
        <message>
            <source>Export sequence as MP4</source>
            <translation>Esporta la sequenza in MP4</translation>
        </message>
        <message>
            <source>Export shot list as CSV</source>
            <translation>Esporta l'elenco inquadrature in CSV</translation>
        </message>
        <message>
            <source>Export shot list as JSON</source>
            <translation>Esporta l'elenco inquadrature in JSON</translation>
        </message>
        <message>
            <source>Exported {name}: {seconds} s, {width}×{height}, with its captions beside it.</source>
            <translation>Esportato {name}: {seconds} s, {width}×{height}, con i sottotitoli accanto.</translation>
        </message>
        <message>
            <source>Exporting {name}…</source>
            <translation>Esportazione di {name}…</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>MP4 video (*.mp4)</source>
            <translation>Video MP4 (*.mp4)</translation>
        </message>
        <message>
            <source>Shot list saved as {name}.</source>
            <translation>Elenco inquadrature salvato come {name}.</translation>
        </message>
        <message>
            <source>Shots not rendered yet are held as their first frame.</source>
            <translation>Le inquadrature non ancora renderizzate restano ferme sul loro fotogramma iniziale.</translation>
        </message>
        <message>
            <source>The shot list could not be saved as {name}: {error}</source>
            <translation>Impossibile salvare l'elenco inquadrature come {name}: {error}</translation>
        </message>
        <message>
            <source>There is nothing to export yet: add frames first.</source>
            <translation>Non c'è ancora nulla da esportare: aggiungi prima dei fotogrammi.</translation>
        </message>
        <message>
            <source>{name} could not be exported: {error}</source>
            <translation>Impossibile esportare {name}: {error}</translation>
        </message>
        <message>
            <source>{name} shot list</source>
            <translation>{name} elenco inquadrature</translation>
        </message>
    </context>
    <context>
        <name>FetchProgress</name>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Cancel fetching the image</source>
            <translation>Annulla il download dell'immagine</translation>
        </message>
        <message>
            <source>Fetched {amount}</source>
            <translation>Scaricati {amount}</translation>
        </message>
        <message>
            <source>Stop fetching this image.</source>
            <translation>Interrompi il download di questa immagine.</translation>
        </message>
        <message>
            <source>Waiting for the server…</source>
            <translation>In attesa del server…</translation>
        </message>
        <message>
            <source>{received} of {total}</source>
            <translation>{received} di {total}</translation>
        </message>
    </context>
    <context>
        <name>FieldLabels</name>
        <message>
            <source>Aspect ratio</source>
            <translation>Proporzioni</translation>
        </message>
        <message>
            <source>Camera fixed</source>
            <translation>Camera fissa</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durata</translation>
        </message>
        <message>
            <source>First frame</source>
            <translation>Fotogramma iniziale</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>Fotogrammi</translation>
        </message>
        <message>
            <source>Generate audio</source>
            <translation>Genera audio</translation>
        </message>
        <message>
            <source>Last frame</source>
            <translation>Fotogramma finale</translation>
        </message>
        <message>
            <source>Negative prompt</source>
            <translation>Prompt negativo</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Published title: {title}</source>
            <translation>Titolo pubblicato: {title}</translation>
        </message>
        <message>
            <source>Reference images</source>
            <translation>Immagini di riferimento</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Risoluzione</translation>
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
            <translation>Immagine {n}: </translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>&amp;Export sequence as MP4…</source>
            <translation>Esporta la se&amp;quenza in MP4…</translation>
        </message>
        <message>
            <source>&amp;New storyboard</source>
            <translation>&amp;Nuovo storyboard</translation>
        </message>
        <message>
            <source>&amp;Open storyboard…</source>
            <translation>&amp;Apri storyboard…</translation>
        </message>
        <message>
            <source>&amp;Save storyboard</source>
            <translation>&amp;Salva storyboard</translation>
        </message>
        <message>
            <source>Add frames…</source>
            <translation>Aggiungi fotogrammi…</translation>
        </message>
        <message>
            <source>Add images after the selected frame (Insert)</source>
            <translation>Aggiungi immagini dopo il fotogramma selezionato (Ins)</translation>
        </message>
        <message>
            <source>Choose the part of the selected frame the shot keeps, at the shot's aspect ratio (Ctrl+Shift+F)</source>
            <translation>Scegli la parte del fotogramma selezionato che l'inquadratura tiene, nelle sue proporzioni (Ctrl+Maiusc+F)</translation>
        </message>
        <message>
            <source>Clear the list</source>
            <translation>Svuota l'elenco</translation>
        </message>
        <message>
            <source>Continue from last frame</source>
            <translation>Continua dall'ultimo fotogramma</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplica</translation>
        </message>
        <message>
            <source>Duplicate the selected frame, with its shot's settings (Ctrl+D)</source>
            <translation>Duplica il fotogramma selezionato, con le impostazioni della sua inquadratura (Ctrl+D)</translation>
        </message>
        <message>
            <source>Every shot with its frames, model, prompt, settings, cost and clip</source>
            <translation>Ogni inquadratura con fotogrammi, modello, prompt, impostazioni, costo e clip</translation>
        </message>
        <message>
            <source>Every take of this shot: choose the one the sequence plays, reject, delete, star or compare them</source>
            <translation>Tutte le riprese di questa inquadratura: scegli quella che la sequenza riproduce, scartale, eliminale, aggiungi una stella o confrontale</translation>
        </message>
        <message>
            <source>Export shot list as &amp;CSV…</source>
            <translation>Esporta l'elenco inquadrature in CS&amp;V…</translation>
        </message>
        <message>
            <source>Export shot list as &amp;JSON…</source>
            <translation>Esporta l'elenco inquadrature in &amp;JSON…</translation>
        </message>
        <message>
            <source>Frame…</source>
            <translation>Inquadra…</translation>
        </message>
        <message>
            <source>Generate selected shots</source>
            <translation>Genera le inquadrature selezionate</translation>
        </message>
        <message>
            <source>Move left</source>
            <translation>Sposta a sinistra</translation>
        </message>
        <message>
            <source>Move right</source>
            <translation>Sposta a destra</translation>
        </message>
        <message>
            <source>Move the selected frame one place earlier (Alt+Left)</source>
            <translation>Sposta il fotogramma selezionato di un posto indietro (Alt+Sinistra)</translation>
        </message>
        <message>
            <source>Move the selected frame one place later (Alt+Right)</source>
            <translation>Sposta il fotogramma selezionato di un posto avanti (Alt+Destra)</translation>
        </message>
        <message>
            <source>No recent storyboards</source>
            <translation>Nessuno storyboard recente</translation>
        </message>
        <message>
            <source>One video of the whole board: finished clips, held frames for the rest</source>
            <translation>Un unico video dell'intero storyboard: clip finite, fotogrammi fermi per il resto</translation>
        </message>
        <message>
            <source>Open &amp;recent storyboard</source>
            <translation>Apri storyboard &amp;recente</translation>
        </message>
        <message>
            <source>Open a storyboard file</source>
            <translation>Apri un file storyboard</translation>
        </message>
        <message>
            <source>Play from this shot</source>
            <translation>Riproduci da questa inquadratura</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Remove the selected frame (Delete)</source>
            <translation>Rimuovi il fotogramma selezionato (Canc)</translation>
        </message>
        <message>
            <source>Save storyboard &amp;as…</source>
            <translation>Salva storyboard &amp;come…</translation>
        </message>
        <message>
            <source>Save the storyboard (boards with a file are also saved as you work)</source>
            <translation>Salva lo storyboard (quelli che hanno un file si salvano anche mentre lavori)</translation>
        </message>
        <message>
            <source>Save the storyboard to a new file</source>
            <translation>Salva lo storyboard in un nuovo file</translation>
        </message>
        <message>
            <source>Start an empty storyboard</source>
            <translation>Inizia uno storyboard vuoto</translation>
        </message>
        <message>
            <source>Takes…</source>
            <translation>Riprese…</translation>
        </message>
        <message>
            <source>The last frame of this shot's clip becomes a new frame right after it, so the scene goes on from where the clip ends</source>
            <translation>L'ultimo fotogramma della clip di questa inquadratura diventa un nuovo fotogramma subito dopo, così la scena prosegue da dove finisce la clip</translation>
        </message>
        <message>
            <source>The shot list for a spreadsheet</source>
            <translation>L'elenco inquadrature per un foglio di calcolo</translation>
        </message>
    </context>
    <context>
        <name>FixActions</name>
        <message>
            <source>Colour of the bars</source>
            <translation>Colore delle bande</translation>
        </message>
        <message>
            <source>Crop to {ratio}…</source>
            <translation>Ritaglia a {ratio}…</translation>
        </message>
        <message>
            <source>That region cannot be made to pass this model's size rules; frame a larger part of the picture.</source>
            <translation>Quell'area non può rispettare le regole di dimensione di questo modello; inquadra una parte più ampia dell'immagine.</translation>
        </message>
    </context>
    <context>
        <name>FixButtons</name>
        <message>
            <source>Another colour…</source>
            <translation>Altro colore…</translation>
        </message>
        <message>
            <source>Black bars</source>
            <translation>Bande nere</translation>
        </message>
        <message>
            <source>Blurred edges</source>
            <translation>Bordi sfocati</translation>
        </message>
        <message>
            <source>Mirrored edges</source>
            <translation>Bordi specchiati</translation>
        </message>
    </context>
    <context>
        <name>FixTitles</name>
        <message>
            <source>Convert to {fmt}</source>
            <translation>Converti in {fmt}</translation>
        </message>
        <message>
            <source>Convert to {fmt} under {mb}</source>
            <translation>Converti in {fmt} sotto {mb}</translation>
        </message>
        <message>
            <source>Crop to {size}</source>
            <translation>Ritaglia a {size}</translation>
        </message>
        <message>
            <source>Downscale to {size}</source>
            <translation>Riduci a {size}</translation>
        </message>
        <message>
            <source>Pad to {size}</source>
            <translation>Riempi fino a {size}</translation>
        </message>
        <message>
            <source>Re-encode to {fmt} under {mb}</source>
            <translation>Ricodifica in {fmt} sotto {mb}</translation>
        </message>
        <message>
            <source>Save upright</source>
            <translation>Salva diritta</translation>
        </message>
        <message>
            <source>Upscale to {size}</source>
            <translation>Ingrandisci a {size}</translation>
        </message>
    </context>
    <context>
        <name>Fixes</name>
        <message>
            <source>Adds black bars above and below to reach an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>Aggiunge bande nere sopra e sotto per arrivare alle proporzioni {ratio} e porta l'immagine a {size} px, {saved}.</translation>
        </message>
        <message>
            <source>Adds black bars left and right to reach an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>Aggiunge bande nere a sinistra e a destra per arrivare alle proporzioni {ratio} e porta l'immagine a {size} px, {saved}.</translation>
        </message>
        <message>
            <source>Adds transparent bars above and below to reach an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>Aggiunge bande trasparenti sopra e sotto per arrivare alle proporzioni {ratio} e porta l'immagine a {size} px, {saved}.</translation>
        </message>
        <message>
            <source>Adds transparent bars left and right to reach an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>Aggiunge bande trasparenti a sinistra e a destra per arrivare alle proporzioni {ratio} e porta l'immagine a {size} px, {saved}.</translation>
        </message>
        <message>
            <source>Convert to MP4 ({codecs})</source>
            <translation>Converti in MP4 ({codecs})</translation>
        </message>
        <message>
            <source>Convert to MP4 ({codecs}) under {size}</source>
            <translation>Converti in MP4 ({codecs}) sotto {size}</translation>
        </message>
        <message>
            <source>Convert to WAV ({rate:g} kHz, mono)</source>
            <translation>Converti in WAV ({rate:g} kHz, mono)</translation>
        </message>
        <message>
            <source>Convert to WAV ({rate:g} kHz, stereo)</source>
            <translation>Converti in WAV ({rate:g} kHz, stereo)</translation>
        </message>
        <message>
            <source>Crops the left and right edges to an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>Ritaglia i bordi sinistro e destro fino alle proporzioni {ratio} e porta l'immagine a {size} px, {saved}.</translation>
        </message>
        <message>
            <source>Crops the top and bottom to an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>Ritaglia la parte superiore e inferiore fino alle proporzioni {ratio} e porta l'immagine a {size} px, {saved}.</translation>
        </message>
        <message>
            <source>Downscale to {width} × {height}</source>
            <translation>Riduci a {width} × {height}</translation>
        </message>
        <message>
            <source>Lower the frame rate to {fps:g} fps</source>
            <translation>Riduci la frequenza fotogrammi a {fps:g} fps</translation>
        </message>
        <message>
            <source>Saves a copy in {format} format, which this field accepts; the picture itself is not changed.</source>
            <translation>Salva una copia in formato {format}, accettato da questo campo; l'immagine in sé non cambia.</translation>
        </message>
        <message>
            <source>Saves a {format} copy at the highest quality that stays under {limit}, scaling it down only if that is not enough.</source>
            <translation>Salva una copia {format} alla qualità più alta che resta sotto {limit}, riducendola solo se non basta.</translation>
        </message>
        <message>
            <source>Saves a {format} copy with the camera's rotation applied to the pixels, so that every reader sees it upright at {size} px.</source>
            <translation>Salva una copia {format} con la rotazione della fotocamera applicata ai pixel, così che ogni programma la veda diritta a {size} px.</translation>
        </message>
        <message>
            <source>Scales the image down to {size} px so that {reason}, {saved}.</source>
            <translation>Riduce l'immagine a {size} px in modo che {reason}, {saved}.</translation>
        </message>
        <message>
            <source>Scales the image up to {size} px so that {reason}, {saved}.</source>
            <translation>Ingrandisce l'immagine a {size} px in modo che {reason}, {saved}.</translation>
        </message>
        <message>
            <source>Trim to {length}</source>
            <translation>Accorcia a {length}</translation>
        </message>
        <message>
            <source>at least {pixels} px</source>
            <translation>almeno {pixels} px</translation>
        </message>
        <message>
            <source>at most {pixels} px</source>
            <translation>al massimo {pixels} px</translation>
        </message>
        <message>
            <source>convert to MP4 ({codecs})</source>
            <translation>converti in MP4 ({codecs})</translation>
        </message>
        <message>
            <source>convert to MP4 ({codecs}) under {size}</source>
            <translation>converti in MP4 ({codecs}) sotto {size}</translation>
        </message>
        <message>
            <source>convert to WAV ({rate:g} kHz, mono)</source>
            <translation>converti in WAV ({rate:g} kHz, mono)</translation>
        </message>
        <message>
            <source>convert to WAV ({rate:g} kHz, stereo)</source>
            <translation>converti in WAV ({rate:g} kHz, stereo)</translation>
        </message>
        <message>
            <source>downscale to {width} × {height}</source>
            <translation>riduci a {width} × {height}</translation>
        </message>
        <message>
            <source>each side is {limits}</source>
            <translation>ogni lato sia {limits}</translation>
        </message>
        <message>
            <source>it meets the size rules</source>
            <translation>rispetti le regole sulle dimensioni</translation>
        </message>
        <message>
            <source>less than {pixels} px</source>
            <translation>inferiore a {pixels} px</translation>
        </message>
        <message>
            <source>lower the frame rate to {fps:g} fps</source>
            <translation>riduci la frequenza fotogrammi a {fps:g} fps</translation>
        </message>
        <message>
            <source>more than {pixels} px</source>
            <translation>superiore a {pixels} px</translation>
        </message>
        <message>
            <source>saved as a new {format} file</source>
            <translation>salvata come nuovo file {format}</translation>
        </message>
        <message>
            <source>saved as a new {format} file under {limit}</source>
            <translation>salvata come nuovo file {format} sotto {limit}</translation>
        </message>
        <message>
            <source>the height is {limits}</source>
            <translation>l'altezza sia {limits}</translation>
        </message>
        <message>
            <source>the width is {limits}</source>
            <translation>la larghezza sia {limits}</translation>
        </message>
        <message>
            <source>trim to {length}</source>
            <translation>accorcia a {length}</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} e {second}</translation>
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
            <translation>{title}. Il file originale viene conservato; al suo posto si usa la copia.</translation>
        </message>
    </context>
    <context>
        <name>FrameFraming</name>
        <message>
            <source>Frame image</source>
            <translation>Inquadra immagine</translation>
        </message>
        <message>
            <source>Frame {n} is framed: Undo brings the whole picture back.</source>
            <translation>Il fotogramma {n} è inquadrato: Annulla riporta l'immagine intera.</translation>
        </message>
        <message>
            <source>Select a frame to frame it.</source>
            <translation>Seleziona un fotogramma per inquadrarlo.</translation>
        </message>
        <message>
            <source>That region cannot be made to pass this model's size rules; frame a larger part of the picture.</source>
            <translation>Quell'area non può rispettare le regole di dimensione di questo modello; inquadra una parte più ampia dell'immagine.</translation>
        </message>
        <message>
            <source>The frame was removed before its framed copy was ready: {path}.</source>
            <translation>Il fotogramma è stato rimosso prima che la sua copia inquadrata fosse pronta: {path}.</translation>
        </message>
        <message>
            <source>The image of frame {n} is missing, so it cannot be framed.</source>
            <translation>L'immagine del fotogramma {n} manca, quindi non si può inquadrare.</translation>
        </message>
    </context>
    <context>
        <name>FrameRestorer</name>
        <message numerus="yes">
            <source>The pictures {files} from last time are no longer where they were, so they were left out. Drop them again to use them.</source>
            <translation>
                <numerusform>L'immagine {files} dell'ultima volta non è più dov'era, quindi è stata tralasciata. Rilasciala di nuovo per usarla.</numerusform>
                <numerusform>Le immagini {files} dell'ultima volta non sono più dov'erano, quindi sono state tralasciate. Rilasciale di nuovo per usarle.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrameStrip</name>
        <message>
            <source>Drop images or a folder here to lay out your story frame by frame,
or use Add frames…</source>
            <translation>Trascina qui immagini o una cartella per costruire la storia fotogramma per fotogramma,
oppure usa Aggiungi fotogrammi…</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>Fotogrammi</translation>
        </message>
        <message>
            <source>The storyboard's frames in order. Delete removes the selected frame, Ctrl+D duplicates it, Alt+Left and Alt+Right move it.</source>
            <translation>I fotogrammi dello storyboard in ordine. Canc rimuove il fotogramma selezionato, Ctrl+D lo duplica, Alt+Sinistra e Alt+Destra lo spostano.</translation>
        </message>
    </context>
    <context>
        <name>FramingCanvas</name>
        <message>
            <source>Framing rectangle</source>
            <translation>Rettangolo d'inquadratura</translation>
        </message>
        <message>
            <source>{width} × {height} px from {left}, {top}</source>
            <translation>{width} × {height} px da {left}, {top}</translation>
        </message>
    </context>
    <context>
        <name>FramingDialog</name>
        <message>
            <source>Crop</source>
            <translation>Ritaglia</translation>
        </message>
        <message>
            <source>Drag the frame to choose what the shot keeps, or a corner to resize it; the aspect ratio stays {ratio}. Arrow keys move it (with Shift, ten pixels at a time), + and − resize it, Home centres it, F makes it as large as it can be.</source>
            <translation>Trascina il riquadro per scegliere cosa tiene l'inquadratura, o un angolo per ridimensionarlo; le proporzioni restano {ratio}. I tasti freccia lo spostano (con Maiusc, dieci pixel alla volta), + e − lo ridimensionano, Home lo centra, F lo rende il più grande possibile.</translation>
        </message>
        <message>
            <source>Frame {name}</source>
            <translation>Inquadra {name}</translation>
        </message>
        <message>
            <source>Keeps {width} × {height} px, from {left}, {top}.</source>
            <translation>Tiene {width} × {height} px, da {left}, {top}.</translation>
        </message>
        <message>
            <source>Thin lines: the rule of thirds. Dashed line: the title-safe area, where text stays visible on every screen.</source>
            <translation>Linee sottili: la regola dei terzi. Linea tratteggiata: l'area sicura per i titoli, dove il testo resta visibile su ogni schermo.</translation>
        </message>
    </context>
    <context>
        <name>GenerateFlow</name>
        <message>
            <source>Free local preview · nothing is sent or paid</source>
            <translation>Anteprima locale gratuita · nulla viene inviato o pagato</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Genera</translation>
        </message>
        <message>
            <source>Generate a clip with these settings (Ctrl+Enter)</source>
            <translation>Genera una clip con queste impostazioni (Ctrl+Invio)</translation>
        </message>
        <message>
            <source>Generate preview</source>
            <translation>Genera anteprima</translation>
        </message>
        <message>
            <source>Generate · {price}</source>
            <translation>Genera · {price}</translation>
        </message>
        <message>
            <source>Not sent: it would pass your spending cap.</source>
            <translation>Non inviato: supererebbe il tuo limite di spesa.</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prezzo</translation>
        </message>
        <message>
            <source>Price unavailable</source>
            <translation>Prezzo non disponibile</translation>
        </message>
        <message>
            <source>Reading the price…</source>
            <translation>Lettura del prezzo…</translation>
        </message>
        <message>
            <source>Sending your job…</source>
            <translation>Invio del lavoro…</translation>
        </message>
        <message>
            <source>Storyreel is still starting.</source>
            <translation>Storyreel si sta ancora avviando.</translation>
        </message>
        <message>
            <source>Why Generate is not available</source>
            <translation>Perché Genera non è disponibile</translation>
        </message>
        <message>
            <source>second</source>
            <translation>secondo</translation>
        </message>
        <message>
            <source>video</source>
            <translation>video</translation>
        </message>
        <message>
            <source>{price} per {unit}</source>
            <translation>{price} al {unit}</translation>
        </message>
        <message>
            <source>{total} estimated · {per_unit}</source>
            <translation>{total} stimati · {per_unit}</translation>
        </message>
    </context>
    <context>
        <name>GenericWidget</name>
        <message>
            <source>'{text}' cannot be read as a {kind} value ({reason}).</source>
            <translation>'{text}' non è leggibile come valore {kind} ({reason}).</translation>
        </message>
        <message>
            <source>A value, as JSON</source>
            <translation>Un valore, in JSON</translation>
        </message>
        <message>
            <source>A {kind} value, as JSON</source>
            <translation>Un valore {kind}, in JSON</translation>
        </message>
    </context>
    <context>
        <name>HandoffDialog</name>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Cartella:</translation>
        </message>
        <message>
            <source>A4, landscape</source>
            <translation>A4, orizzontale</translation>
        </message>
        <message>
            <source>Animatic video (MP4), with its captions (.srt) beside it</source>
            <translation>Video animatic (MP4), con i sottotitoli (.srt) accanto</translation>
        </message>
        <message>
            <source>Board PDF: frames in a grid with prompts and notes</source>
            <translation>PDF dello storyboard: fotogrammi in griglia con prompt e note</translation>
        </message>
        <message>
            <source>Bottom left</source>
            <translation>In basso a sinistra</translation>
        </message>
        <message>
            <source>Bottom right</source>
            <translation>In basso a destra</translation>
        </message>
        <message>
            <source>CMX 3600 edit decision list (.edl)</source>
            <translation>Edit decision list CMX 3600 (.edl)</translation>
        </message>
        <message>
            <source>Captions (.srt): shot numbers and notes</source>
            <translation>Sottotitoli (.srt): numeri delle inquadrature e note</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Scegli…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Esporta</translation>
        </message>
        <message>
            <source>Export for an editor</source>
            <translation>Esporta per il montaggio</translation>
        </message>
        <message>
            <source>Export into folder</source>
            <translation>Esporta nella cartella</translation>
        </message>
        <message>
            <source>Final Cut Pro 7 XML (.xml) for Premiere Pro and Resolve</source>
            <translation>XML di Final Cut Pro 7 (.xml) per Premiere Pro e Resolve</translation>
        </message>
        <message>
            <source>Not burnt in</source>
            <translation>Non impressi</translation>
        </message>
        <message>
            <source>OpenTimelineIO timeline (.otio) for DaVinci Resolve</source>
            <translation>Timeline OpenTimelineIO (.otio) per DaVinci Resolve</translation>
        </message>
        <message>
            <source>PDF &amp;paper:</source>
            <translation>&amp;Carta del PDF:</translation>
        </message>
        <message>
            <source>Shot numbers and notes in the &amp;video:</source>
            <translation>Numeri delle inquadrature e note nel &amp;video:</translation>
        </message>
        <message>
            <source>Top left</source>
            <translation>In alto a sinistra</translation>
        </message>
        <message>
            <source>Top right</source>
            <translation>In alto a destra</translation>
        </message>
        <message>
            <source>US Letter, landscape</source>
            <translation>US Letter, orizzontale</translation>
        </message>
        <message>
            <source>Write these files:</source>
            <translation>Scrivi questi file:</translation>
        </message>
    </context>
    <context>
        <name>HandoffFlow</name>
        <message numerus="yes">
            <source>%n clips matched no shot of this board and were left out.</source>
            <translation>
                <numerusform>%n clip non corrisponde a nessuna inquadratura di questo storyboard ed è stata esclusa.</numerusform>
                <numerusform>%n clip non corrispondono a nessuna inquadratura di questo storyboard e sono state escluse.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files of the same name are already in {folder}.</source>
            <translation>
                <numerusform>In {folder} c'è già %n file con lo stesso nome.</numerusform>
                <numerusform>In {folder} ci sono già %n file con lo stesso nome.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Bring back an edit…</source>
            <translation>Ri&amp;porta un montaggio…</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tutti i file (*)</translation>
        </message>
        <message>
            <source>An edit list (.otio, .xml, .edl), captions, the animatic and a board PDF</source>
            <translation>Una lista di montaggio (.otio, .xml, .edl), i sottotitoli, l'animatic e un PDF dello storyboard</translation>
        </message>
        <message>
            <source>An export is already running.</source>
            <translation>È già in corso un'esportazione.</translation>
        </message>
        <message>
            <source>Bring back an edit</source>
            <translation>Riporta un montaggio</translation>
        </message>
        <message>
            <source>Bring back the edit from {name}</source>
            <translation>Riporta il montaggio da {name}</translation>
        </message>
        <message>
            <source>Brought back from {name} (Undo takes it back):</source>
            <translation>Riportato da {name} (Annulla lo ripristina):</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Edit lists (*.otio *.xml)</source>
            <translation>Liste di montaggio (*.otio *.xml)</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>Esportazione annullata.</translation>
        </message>
        <message>
            <source>Export for an e&amp;ditor…</source>
            <translation>Esporta per il &amp;montaggio…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n files: {names}.</source>
            <translation>
                <numerusform>Esportato %n file: {names}.</numerusform>
                <numerusform>Esportati %n file: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting {name} for an editor…</source>
            <translation>Esportazione di {name} per il montaggio…</translation>
        </message>
        <message>
            <source>In a pair cut the shots follow their frames, so the new order and the removals were not applied: move or remove frames instead.</source>
            <translation>Con il taglio a coppie le inquadrature seguono i fotogrammi, quindi il nuovo ordine e le rimozioni non sono stati applicati: sposta o rimuovi invece i fotogrammi.</translation>
        </message>
        <message>
            <source>Reorder, trim and remove shots as they were in an edited .otio or .xml</source>
            <translation>Riordina, accorcia e rimuovi le inquadrature come in un .otio o .xml montato</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Sostituisci</translation>
        </message>
        <message>
            <source>Replace existing files?</source>
            <translation>Sostituire i file esistenti?</translation>
        </message>
        <message>
            <source>Shot {number} moved to position {position}.</source>
            <translation>Inquadratura {number} spostata in posizione {position}.</translation>
        </message>
        <message>
            <source>Shot {number} removed.</source>
            <translation>Inquadratura {number} rimossa.</translation>
        </message>
        <message>
            <source>Shot {number} trimmed to {now} s (was {was} s).</source>
            <translation>Inquadratura {number} accorciata a {now} s (era {was} s).</translation>
        </message>
        <message>
            <source>Shots not rendered yet are held as their first frame.</source>
            <translation>Le inquadrature non ancora renderizzate restano ferme sul loro fotogramma iniziale.</translation>
        </message>
        <message>
            <source>The export did not finish: {error}</source>
            <translation>L'esportazione non è terminata: {error}</translation>
        </message>
        <message>
            <source>There is nothing to export yet: add frames first.</source>
            <translation>Non c'è ancora nulla da esportare: aggiungi prima dei fotogrammi.</translation>
        </message>
        <message>
            <source>{name} could not be brought back: {error}</source>
            <translation>Impossibile riportare {name}: {error}</translation>
        </message>
        <message>
            <source>{name} matches the board: nothing changed.</source>
            <translation>{name} corrisponde allo storyboard: nulla è cambiato.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message numerus="yes">
            <source>%n jobs match.</source>
            <translation>
                <numerusform>%n lavoro corrisponde.</numerusform>
                <numerusform>%n lavori corrispondono.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n jobs match; the newest {shown} are listed.</source>
            <translation>
                <numerusform>%n lavoro corrisponde; sono elencati i {shown} più recenti.</numerusform>
                <numerusform>%n lavori corrispondono; sono elencati i {shown} più recenti.</numerusform>
            </translation>
        </message>
        <message>
            <source>Any model</source>
            <translation>Qualsiasi modello</translation>
        </message>
        <message>
            <source>Any state</source>
            <translation>Qualsiasi stato</translation>
        </message>
        <message>
            <source>Compare…</source>
            <translation>Confronta…</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Costo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dal</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Cronologia</translation>
        </message>
        <message>
            <source>Jobs found</source>
            <translation>Lavori trovati</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modello</translation>
        </message>
        <message>
            <source>Play two finished jobs together</source>
            <translation>Riproduci insieme due lavori finiti</translation>
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
            <translation>Solo con stella</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Storyreel is still starting.</source>
            <translation>Storyreel si sta ancora avviando.</translation>
        </message>
        <message>
            <source>The history cannot be searched: {r}</source>
            <translation>Impossibile cercare nella cronologia: {r}</translation>
        </message>
        <message>
            <source>Words of the prompt</source>
            <translation>Parole del prompt</translation>
        </message>
        <message>
            <source>to</source>
            <translation>al</translation>
        </message>
        <message>
            <source>{name} is no longer there, so it cannot be compared.</source>
            <translation>{name} non c'è più, quindi non si può confrontare.</translation>
        </message>
        <message>
            <source>★ Unstar</source>
            <translation>★ Togli stella</translation>
        </message>
        <message>
            <source>☆ Star</source>
            <translation>☆ Aggiungi stella</translation>
        </message>
    </context>
    <context>
        <name>ImageCheck</name>
        <message>
            <source>Applying “{title}”…</source>
            <translation>Applicazione di «{title}»…</translation>
        </message>
        <message>
            <source>Checking the image.</source>
            <translation>Verifica dell'immagine.</translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>Verifica di {name}…</translation>
        </message>
        <message>
            <source>Dropped image</source>
            <translation>Immagine rilasciata</translation>
        </message>
        <message>
            <source>Empty. Press Enter to choose a file or Ctrl+V to paste.</source>
            <translation>Vuoto. Premi Invio per scegliere un file o Ctrl+V per incollare.</translation>
        </message>
        <message>
            <source>Fetching the image was cancelled.</source>
            <translation>Il download dell'immagine è stato annullato.</translation>
        </message>
        <message>
            <source>Image cannot be read: {reason}</source>
            <translation>Impossibile leggere l'immagine: {reason}</translation>
        </message>
        <message>
            <source>Image cannot be used: {reason}</source>
            <translation>Impossibile usare l'immagine: {reason}</translation>
        </message>
        <message>
            <source>Only http and https URLs can be used, not {scheme}.</source>
            <translation>Si possono usare solo URL http e https, non {scheme}.</translation>
        </message>
        <message numerus="yes">
            <source>Ready · {width}×{height} {format} · all %n rules pass</source>
            <translation>
                <numerusform>Pronta · {width}×{height} {format} · %n regola rispettata</numerusform>
                <numerusform>Pronta · {width}×{height} {format} · tutte le %n regole rispettate</numerusform>
            </translation>
        </message>
        <message>
            <source>The image</source>
            <translation>L'immagine</translation>
        </message>
        <message>
            <source>Valid image: {name}.</source>
            <translation>Immagine valida: {name}.</translation>
        </message>
        <message>
            <source>{name} is still being checked.</source>
            <translation>{name} è ancora in verifica.</translation>
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
            <translation> (Il file è salvato ruotato; un server può leggerlo in entrambi i versi.)</translation>
        </message>
        <message>
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <source>Animated image: only its first frame is used.</source>
            <translation>Immagine animata: si usa solo il primo fotogramma.</translation>
        </message>
        <message>
            <source>Aspect ratio (width ÷ height)</source>
            <translation>Proporzioni (larghezza ÷ altezza)</translation>
        </message>
        <message>
            <source>Format is {actual}; this model takes {allowed} only.</source>
            <translation>Il formato è {actual}; questo modello accetta solo {allowed}.</translation>
        </message>
        <message>
            <source>Storyreel cannot check the rule '{rule}'; the server will.</source>
            <translation>Storyreel non può verificare la regola '{rule}'; lo farà il server.</translation>
        </message>
        <message>
            <source>The video is stored on its side and shown turned by {degrees}°; it is sent turned upright, so that every server sees it as you do. Convert it.</source>
            <translation>Il video è salvato di lato e mostrato ruotato di {degrees}°; viene inviato dritto, così ogni server lo vede come lo vedi tu. Convertilo.</translation>
        </message>
        <message>
            <source>{fmt} can be sent as it is.</source>
            <translation>{fmt} può essere inviato così com'è.</translation>
        </message>
        <message>
            <source>{fmt} cannot be sent from a file; RunComfy takes {inline} only. Convert it, or give a URL to the file instead.</source>
            <translation>{fmt} non può essere inviato da un file; RunComfy accetta solo {inline}. Convertilo, oppure indica un URL del file.</translation>
        </message>
        <message>
            <source>{label} is {actual}; it must be at least {limit}.</source>
            <translation>{label}: {actual}; deve essere almeno {limit}.</translation>
        </message>
        <message>
            <source>{label} is {actual}; it must be at most {limit}.</source>
            <translation>{label}: {actual}; deve essere al massimo {limit}.</translation>
        </message>
        <message>
            <source>{label} is {actual}; it must be less than {limit}.</source>
            <translation>{label}: {actual}; deve essere inferiore a {limit}.</translation>
        </message>
        <message>
            <source>{label} is {actual}; it must be more than {limit}.</source>
            <translation>{label}: {actual}; deve essere superiore a {limit}.</translation>
        </message>
        <message>
            <source>{label} {actual} is at least {limit}.</source>
            <translation>{label}: {actual}, almeno {limit}.</translation>
        </message>
        <message>
            <source>{label} {actual} is at most {limit}.</source>
            <translation>{label}: {actual}, al massimo {limit}.</translation>
        </message>
        <message>
            <source>{label} {actual} is less than {limit}.</source>
            <translation>{label}: {actual}, inferiore a {limit}.</translation>
        </message>
        <message>
            <source>{label} {actual} is more than {limit}.</source>
            <translation>{label}: {actual}, superiore a {limit}.</translation>
        </message>
        <message>
            <source>{size} fits in the {mib} MiB RunComfy takes from a file.</source>
            <translation>{size} rientra nei {mib} MiB che RunComfy accetta da un file.</translation>
        </message>
        <message>
            <source>{size} is more than the {mib} MiB RunComfy takes from a file. Make it smaller, or give a URL to the file instead.</source>
            <translation>{size} supera i {mib} MiB che RunComfy accetta da un file. Riducilo, oppure indica un URL del file.</translation>
        </message>
        <message>
            <source>{size} is more than the {mp} megapixels Storyreel can read safely. Save a smaller copy of it in an image editor.</source>
            <translation>{size} supera i {mp} megapixel che Storyreel può leggere in sicurezza. Salvane una copia più piccola con un editor di immagini.</translation>
        </message>
    </context>
    <context>
        <name>ImageStrip</name>
        <message>
            <source>+ Add another image (up to {limit}) · drop, click or Ctrl+V</source>
            <translation>+ Aggiungi un'altra immagine (fino a {limit}) · trascina, fai clic o Ctrl+V</translation>
        </message>
        <message>
            <source>+ Add another image · drop, click or Ctrl+V</source>
            <translation>+ Aggiungi un'altra immagine · trascina, fai clic o Ctrl+V</translation>
        </message>
        <message>
            <source>Drop zone for {subject}, image {n}</source>
            <translation>Area di rilascio per {subject}, immagine {n}</translation>
        </message>
        <message>
            <source>Only {limit} images fit here; {count} were left out.</source>
            <translation>Qui entrano solo {limit} immagini; {count} sono state escluse.</translation>
        </message>
        <message>
            <source>images</source>
            <translation>immagini</translation>
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
            <translation>Non impostato</translation>
        </message>
    </context>
    <context>
        <name>JobEvents</name>
        <message>
            <source>{n} done</source>
            <translation>{n} completati</translation>
        </message>
        <message>
            <source>{n} in progress</source>
            <translation>{n} in corso</translation>
        </message>
    </context>
    <context>
        <name>JobState</name>
        <message>
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fatto</translation>
        </message>
        <message>
            <source>Download waiting</source>
            <translation>Download in attesa</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>Download in corso</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Non riuscito</translation>
        </message>
        <message>
            <source>Generating</source>
            <translation>Generazione in corso</translation>
        </message>
        <message>
            <source>In queue</source>
            <translation>In coda</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Invio in corso</translation>
        </message>
        <message>
            <source>Submission uncertain</source>
            <translation>Invio incerto</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>In attesa di invio</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <source>done</source>
            <translation>Fatto</translation>
        </message>
        <message>
            <source>download waiting</source>
            <translation>Download in attesa</translation>
        </message>
        <message>
            <source>downloading</source>
            <translation>Download in corso</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>Non riuscito</translation>
        </message>
        <message>
            <source>generating</source>
            <translation>Generazione in corso</translation>
        </message>
        <message>
            <source>in queue</source>
            <translation>In coda</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>Invio in corso</translation>
        </message>
        <message>
            <source>submission uncertain</source>
            <translation>Invio incerto</translation>
        </message>
        <message>
            <source>waiting to send</source>
            <translation>In attesa di invio</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Model:</source>
            <translation>&amp;Modello:</translation>
        </message>
        <message>
            <source>The clip's last frame is the new first frame: write what happens next.</source>
            <translation>L'ultimo fotogramma della clip è il nuovo fotogramma iniziale: scrivi cosa succede dopo.</translation>
        </message>
        <message>
            <source>The last frame is saved as {path}, but this model takes no frame.</source>
            <translation>L'ultimo fotogramma è salvato come {path}, ma questo modello non accetta fotogrammi.</translation>
        </message>
        <message>
            <source>Your settings could not be saved: {error}</source>
            <translation>Impossibile salvare le impostazioni: {error}</translation>
        </message>
    </context>
    <context>
        <name>MediaListWidget</name>
        <message>
            <source>Audio clip {n}: </source>
            <translation>Clip audio {n}: </translation>
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
            <translation>Inviate come file, queste clip formano una richiesta di {size} MB; RunComfy accetta al massimo {limit} MB per richiesta. Indica un URL per alcune di esse, oppure usa clip più brevi o in numero minore.</translation>
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
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Verifica…</translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translation>Scegli un file</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Scegli file…</translation>
        </message>
        <message>
            <source>Drop a video here</source>
            <translation>Rilascia qui un video</translation>
        </message>
        <message>
            <source>Drop an audio clip here</source>
            <translation>Rilascia qui una clip audio</translation>
        </message>
        <message>
            <source>Fetching…</source>
            <translation>Recupero…</translation>
        </message>
        <message>
            <source>Fetching… {done}</source>
            <translation>Recupero… {done}</translation>
        </message>
        <message>
            <source>Fetching… {done} of {total}</source>
            <translation>Recupero… {done} di {total}</translation>
        </message>
        <message>
            <source>Fix: {title}</source>
            <translation>Correggi: {title}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>The fix failed: {message}</source>
            <translation>La correzione non è riuscita: {message}</translation>
        </message>
        <message>
            <source>URL of the {noun}</source>
            <translation>URL ({noun})</translation>
        </message>
        <message>
            <source>Videos</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>audio clip</source>
            <translation>clip audio</translation>
        </message>
        <message>
            <source>still being checked</source>
            <translation>ancora in verifica</translation>
        </message>
        <message>
            <source>the fix is still being made</source>
            <translation>la correzione è ancora in corso</translation>
        </message>
        <message>
            <source>video</source>
            <translation>video</translation>
        </message>
        <message>
            <source>{name} cannot be read ({error}).</source>
            <translation>Impossibile leggere {name} ({error}).</translation>
        </message>
        <message>
            <source>…or paste a URL and press Enter</source>
            <translation>…oppure incolla un URL e premi Invio</translation>
        </message>
    </context>
    <context>
        <name>ModeSwitch</name>
        <message>
            <source>A row of frames cut into shots, played as one sequence (Ctrl+2)</source>
            <translation>Una fila di fotogrammi divisa in inquadrature, riprodotta come un'unica sequenza (Ctrl+2)</translation>
        </message>
        <message>
            <source>One clip from a frame and a prompt (Ctrl+1)</source>
            <translation>Una clip da un fotogramma e un prompt (Ctrl+1)</translation>
        </message>
        <message>
            <source>Single shot</source>
            <translation>Inquadratura singola</translation>
        </message>
        <message>
            <source>Storyboard</source>
            <translation>Storyboard</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Vista</translation>
        </message>
    </context>
    <context>
        <name>ModelChoice</name>
        <message>
            <source>The model {model} of this job is no longer in your catalogue.</source>
            <translation>Il modello {model} di questo lavoro non è più nel tuo catalogo.</translation>
        </message>
        <message>
            <source>The settings of this job are in the panel.</source>
            <translation>Le impostazioni di questo lavoro sono nel pannello.</translation>
        </message>
    </context>
    <context>
        <name>ModelListRefresh</name>
        <message>
            <source>Reading the list of models…</source>
            <translation>Lettura dell'elenco dei modelli…</translation>
        </message>
    </context>
    <context>
        <name>ModelNotes</name>
        <message>
            <source>Cinematic image to video with generated audio and lip sync, 4 to 12 seconds, camera control.</source>
            <translation>Da immagine a video cinematografico con audio generato e sincronizzazione labiale, da 4 a 12 secondi, controllo della camera.</translation>
        </message>
        <message>
            <source>Image to video from a first frame and an optional last frame, 5 or 10 seconds. The last frame has no effect at 1080p.</source>
            <translation>Da immagine a video a partire da un fotogramma iniziale e da un fotogramma finale facoltativo, 5 o 10 secondi. A 1080p il fotogramma finale non ha effetto.</translation>
        </message>
        <message>
            <source>Image to video from a first frame, 2 to 12 seconds, up to 1080p, with a choice of aspect ratio.</source>
            <translation>Da immagine a video a partire da un fotogramma iniziale, da 2 a 12 secondi, fino a 1080p, con proporzioni a scelta.</translation>
        </message>
        <message>
            <source>Image to video in 2K with precise prompt fidelity, 121 or 241 frames, with a seed. JPEG or PNG only.</source>
            <translation>Da immagine a video in 2K con fedeltà precisa al prompt, 121 o 241 fotogrammi, con seed. Solo JPEG o PNG.</translation>
        </message>
        <message>
            <source>Video guided by one to four reference images, 2 to 12 seconds, up to 720p, with a seed.</source>
            <translation>Video guidato da una a quattro immagini di riferimento, da 2 a 12 secondi, fino a 720p, con seed.</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>All RunComfy models</source>
            <translation>Tutti i modelli RunComfy</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modello</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuovo</translation>
        </message>
        <message>
            <source>The video model that makes the clip.</source>
            <translation>Il modello video che crea la clip.</translation>
        </message>
        <message>
            <source>audio</source>
            <translation>audio</translation>
        </message>
        <message>
            <source>first and last frame</source>
            <translation>fotogramma iniziale e finale</translation>
        </message>
        <message>
            <source>first frame</source>
            <translation>fotogramma iniziale</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nuovo</translation>
        </message>
        <message>
            <source>priced per second</source>
            <translation>prezzo al secondo</translation>
        </message>
        <message>
            <source>priced per video</source>
            <translation>prezzo per video</translation>
        </message>
        <message>
            <source>text only</source>
            <translation>solo testo</translation>
        </message>
        <message>
            <source>video</source>
            <translation>video</translation>
        </message>
        <message>
            <source>with sound</source>
            <translation>con audio</translation>
        </message>
        <message>
            <source>{count} reference images</source>
            <translation>{count} immagini di riferimento</translation>
        </message>
        <message>
            <source>{family} models</source>
            <translation>Modelli {family}</translation>
        </message>
    </context>
    <context>
        <name>ModelSearchPopup</name>
        <message>
            <source>Models</source>
            <translation>Modelli</translation>
        </message>
        <message>
            <source>Search models</source>
            <translation>Cerca modelli</translation>
        </message>
    </context>
    <context>
        <name>NoteEditing</name>
        <message>
            <source>Edit note</source>
            <translation>Modifica nota</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <source>A job failed</source>
            <translation>Un lavoro non è riuscito</translation>
        </message>
        <message>
            <source>Submission uncertain</source>
            <translation>Invio incerto</translation>
        </message>
        <message>
            <source>Your clip is ready</source>
            <translation>La tua clip è pronta</translation>
        </message>
        <message>
            <source>{subject}: check your RunComfy generation history before trying again.</source>
            <translation>{subject}: controlla la cronologia delle generazioni su RunComfy prima di riprovare.</translation>
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
            <translation>Non impostato</translation>
        </message>
        <message>
            <source>at least {n}</source>
            <translation>almeno {n}</translation>
        </message>
        <message>
            <source>at most {n}</source>
            <translation>al massimo {n}</translation>
        </message>
        <message>
            <source>less than {n}</source>
            <translation>meno di {n}</translation>
        </message>
        <message>
            <source>more than {n}</source>
            <translation>più di {n}</translation>
        </message>
        <message>
            <source>steps of {n}</source>
            <translation>passi di {n}</translation>
        </message>
    </context>
    <context>
        <name>ObjectListWidget</name>
        <message>
            <source>Add {noun}</source>
            <translation>Aggiungi {noun}</translation>
        </message>
        <message numerus="yes">
            <source>At most %n entries.</source>
            <translation>
                <numerusform>Al massimo %n voce.</numerusform>
                <numerusform>Al massimo %n voci.</numerusform>
            </translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Voce</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Sposta giù</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Sposta su</translation>
        </message>
        <message>
            <source>Move {entry} down</source>
            <translation>Sposta giù {entry}</translation>
        </message>
        <message>
            <source>Move {entry} up</source>
            <translation>Sposta su {entry}</translation>
        </message>
        <message>
            <source>No entries yet.</source>
            <translation>Ancora nessuna voce.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Remove {entry}</source>
            <translation>Rimuovi {entry}</translation>
        </message>
        <message>
            <source>The saved value {value} cannot be shown here; it is kept until you change it.</source>
            <translation>Il valore salvato {value} non può essere mostrato qui; viene mantenuto finché non lo cambi.</translation>
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
            <translation>Scegli prima un modello.</translation>
        </message>
        <message>
            <source>Choose a model to see its settings.</source>
            <translation>Scegli un modello per vederne le impostazioni.</translation>
        </message>
        <message>
            <source>This model works from text alone: it takes no image.</source>
            <translation>Questo modello lavora solo dal testo: non accetta immagini.</translation>
        </message>
        <message>
            <source>{label} (image {n}): {message}</source>
            <translation>{label} (immagine {n}): {message}</translation>
        </message>
        <message>
            <source>{label} are required: add at least one image.</source>
            <translation>{label}: obbligatorie, aggiungi almeno un'immagine.</translation>
        </message>
        <message>
            <source>{label} are required: add at least one.</source>
            <translation>{label}: obbligatorio, aggiungine almeno uno.</translation>
        </message>
        <message>
            <source>{label} is required: add a video.</source>
            <translation>{label}: obbligatorio, aggiungi un video.</translation>
        </message>
        <message>
            <source>{label} is required: add an audio clip.</source>
            <translation>{label}: obbligatorio, aggiungi una clip audio.</translation>
        </message>
        <message>
            <source>{label} is required: add an image.</source>
            <translation>{label}: obbligatorio, aggiungi un'immagine.</translation>
        </message>
        <message>
            <source>{label} is required: add at least one entry.</source>
            <translation>{label}: obbligatorio, aggiungi almeno una voce.</translation>
        </message>
        <message>
            <source>{label} is required: choose a value.</source>
            <translation>{label}: obbligatorio, scegli un valore.</translation>
        </message>
        <message>
            <source>{label} is required: type it as JSON.</source>
            <translation>{label}: obbligatorio, scrivilo in JSON.</translation>
        </message>
        <message>
            <source>{label} is required: write one.</source>
            <translation>{label}: obbligatorio, scrivine uno.</translation>
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
            <translation>Schermo intero</translation>
        </message>
        <message>
            <source>Full screen (F or double-click; Esc leaves)</source>
            <translation>Schermo intero (F o doppio clic; Esc per uscire)</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>Esci dallo schermo intero</translation>
        </message>
        <message>
            <source>Loop</source>
            <translation>Ripeti</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>Muto</translation>
        </message>
        <message>
            <source>Mute the sound (M)</source>
            <translation>Disattiva l'audio (M)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Riproduci</translation>
        </message>
        <message>
            <source>Play or pause (Space)</source>
            <translation>Riproduci o metti in pausa (Spazio)</translation>
        </message>
        <message>
            <source>Play the clip again from its start (Space)</source>
            <translation>Riproduci di nuovo la clip dall'inizio (Spazio)</translation>
        </message>
        <message>
            <source>Play the clip over and over (L)</source>
            <translation>Riproduci la clip a ciclo continuo (L)</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posizione</translation>
        </message>
        <message>
            <source>Replay</source>
            <translation>Riproduci di nuovo</translation>
        </message>
        <message>
            <source>Select a finished job to play it here.</source>
            <translation>Seleziona un lavoro finito per riprodurlo qui.</translation>
        </message>
        <message>
            <source>The clip plays here as soon as the job is done.</source>
            <translation>La clip verrà riprodotta qui appena il lavoro sarà finito.</translation>
        </message>
        <message>
            <source>The video file {path} is missing: it may have been moved or deleted. Its output URL can still be copied from the queue.</source>
            <translation>Il file video {path} non c'è: potrebbe essere stato spostato o eliminato. Puoi ancora copiarne l'URL dalla coda.</translation>
        </message>
        <message>
            <source>This clip has no sound.</source>
            <translation>Questa clip non ha audio.</translation>
        </message>
        <message>
            <source>This job finished without a video file.</source>
            <translation>Questo lavoro è finito senza un file video.</translation>
        </message>
        <message>
            <source>This job has no clip to play ({state}).</source>
            <translation>Questo lavoro non ha una clip da riprodurre ({state}).</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>errore sconosciuto</translation>
        </message>
        <message>
            <source>{file} cannot be played: {reason}</source>
            <translation>Impossibile riprodurre {file}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message>
            <source>Loading preview…</source>
            <translation>Caricamento anteprima…</translation>
        </message>
        <message>
            <source>No preview</source>
            <translation>Nessuna anteprima</translation>
        </message>
    </context>
    <context>
        <name>PreviewBadge</name>
        <message>
            <source>Preview · motion sketch, not AI generation</source>
            <translation>Anteprima · bozza di movimento, non generazione IA</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message numerus="yes">
            <source>%n images given; at least {limit} needed.</source>
            <translation>
                <numerusform>%n immagine data; ne servono almeno {limit}.</numerusform>
                <numerusform>%n immagini date; ne servono almeno {limit}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n images given; at most {limit} allowed.</source>
            <translation>
                <numerusform>%n immagine data; al massimo {limit} consentite.</numerusform>
                <numerusform>%n immagini date; al massimo {limit} consentite.</numerusform>
            </translation>
        </message>
        <message>
            <source>Expected a list of audio clips.</source>
            <translation>Serve un elenco di clip audio.</translation>
        </message>
        <message>
            <source>Expected a list of images.</source>
            <translation>Serve un elenco di immagini.</translation>
        </message>
        <message>
            <source>Expected a list of videos.</source>
            <translation>Serve un elenco di video.</translation>
        </message>
        <message>
            <source>Expected a number.</source>
            <translation>Serve un numero.</translation>
        </message>
        <message>
            <source>Expected a video file or URL.</source>
            <translation>Serve un file video o un URL.</translation>
        </message>
        <message>
            <source>Expected a whole number.</source>
            <translation>Serve un numero intero.</translation>
        </message>
        <message>
            <source>Expected an audio clip file or URL.</source>
            <translation>Serve un file audio o un URL.</translation>
        </message>
        <message>
            <source>Expected an image file or URL.</source>
            <translation>Serve un file immagine o un URL.</translation>
        </message>
        <message>
            <source>Expected on or off (true or false).</source>
            <translation>Serve sì o no (true o false).</translation>
        </message>
        <message>
            <source>Expected text.</source>
            <translation>Serve del testo.</translation>
        </message>
        <message>
            <source>Too long: {count} characters, at most {limit} allowed.</source>
            <translation>Troppo lungo: {count} caratteri, al massimo {limit} consentiti.</translation>
        </message>
        <message>
            <source>Too short: {count} characters, at least {limit} needed.</source>
            <translation>Troppo corto: {count} caratteri, ne servono almeno {limit}.</translation>
        </message>
        <message>
            <source>{value} must be a multiple of {step}.</source>
            <translation>{value} deve essere un multiplo di {step}.</translation>
        </message>
        <message>
            <source>{value} must be at least {limit}.</source>
            <translation>{value} deve essere almeno {limit}.</translation>
        </message>
        <message>
            <source>{value} must be at most {limit}.</source>
            <translation>{value} deve essere al massimo {limit}.</translation>
        </message>
        <message>
            <source>{value} must be less than {limit}.</source>
            <translation>{value} deve essere meno di {limit}.</translation>
        </message>
        <message>
            <source>{value} must be more than {limit}.</source>
            <translation>{value} deve essere più di {limit}.</translation>
        </message>
    </context>
    <context>
        <name>PromptWidget</name>
        <message numerus="yes">
            <source>%n characters</source>
            <translation>
                <numerusform>%n carattere</numerusform>
                <numerusform>%n caratteri</numerusform>
            </translation>
        </message>
        <message>
            <source>Characters used, at most {limit} allowed.</source>
            <translation>Caratteri usati, al massimo {limit} consentiti.</translation>
        </message>
        <message>
            <source>Characters used; under {limit} gives better results.</source>
            <translation>Caratteri usati; sotto i {limit} i risultati sono migliori.</translation>
        </message>
        <message>
            <source>Describe the motion, the camera and the mood.</source>
            <translation>Descrivi il movimento, la camera e l'atmosfera.</translation>
        </message>
        <message>
            <source>Use example prompt</source>
            <translation>Usa il prompt di esempio</translation>
        </message>
        <message>
            <source>What the clip should avoid.</source>
            <translation>Cosa la clip deve evitare.</translation>
        </message>
        <message>
            <source>{count} / {limit}</source>
            <translation>{count} / {limit}</translation>
        </message>
        <message>
            <source>{count} / {limit} advised</source>
            <translation>{count} / {limit} consigliati</translation>
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
            <translation>ID richiesta: {id}</translation>
        </message>
        <message>
            <source>The job failed without a reason from the server.</source>
            <translation>Il lavoro non è riuscito e il server non ha indicato un motivo.</translation>
        </message>
        <message>
            <source>The video is made but not downloaded yet: use Retry download.</source>
            <translation>Il video è pronto ma non è ancora scaricato: usa Riprova download.</translation>
        </message>
        <message>
            <source>about {time} left</source>
            <translation>circa {time} rimanenti</translation>
        </message>
        <message>
            <source>any moment now</source>
            <translation>a momenti</translation>
        </message>
        <message>
            <source>elapsed {time}</source>
            <translation>trascorsi {time}</translation>
        </message>
        <message>
            <source>position {n}</source>
            <translation>posizione {n}</translation>
        </message>
        <message>
            <source>ratio {ratio}</source>
            <translation>proporzioni {ratio}</translation>
        </message>
        <message>
            <source>seed {seed}</source>
            <translation>seed {seed}</translation>
        </message>
        <message>
            <source>{price} per {unit}</source>
            <translation>{price} al {unit}</translation>
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
            <translation>Rimuovi il lavoro dall'elenco</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <source>About the selected job</source>
            <translation>Informazioni sul lavoro selezionato</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Cancel this job (only while it waits in the queue)</source>
            <translation>Annulla questo lavoro (solo mentre attende in coda)</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continua</translation>
        </message>
        <message>
            <source>Continue from last frame</source>
            <translation>Continua dall'ultimo fotogramma</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copia</translation>
        </message>
        <message>
            <source>Copy output URL</source>
            <translation>Copia l'URL del video</translation>
        </message>
        <message>
            <source>Copy output URL or request id</source>
            <translation>Copia l'URL del video o l'ID della richiesta</translation>
        </message>
        <message>
            <source>Copy request id</source>
            <translation>Copia l'ID della richiesta</translation>
        </message>
        <message>
            <source>Download the finished video again (after freeing space or fixing the folder); the job is not sent again and nothing is charged</source>
            <translation>Scarica di nuovo il video finito (dopo aver liberato spazio o sistemato la cartella); il lavoro non viene rinviato e non viene addebitato nulla</translation>
        </message>
        <message>
            <source>Every job you started, newest first.</source>
            <translation>Tutti i lavori che hai avviato, dal più recente.</translation>
        </message>
        <message>
            <source>Load this job's model and settings into the panel</source>
            <translation>Carica nel pannello il modello e le impostazioni di questo lavoro</translation>
        </message>
        <message>
            <source>No jobs yet. Choose a model, add your frames on the left and press Generate: your clips will line up here.</source>
            <translation>Ancora nessun lavoro. Scegli un modello, aggiungi i fotogrammi a sinistra e premi Genera: le tue clip si metteranno in fila qui.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Apri</translation>
        </message>
        <message>
            <source>Open generation history</source>
            <translation>Apri la cronologia delle generazioni</translation>
        </message>
        <message>
            <source>Open the folder that holds the video</source>
            <translation>Apri la cartella che contiene il video</translation>
        </message>
        <message>
            <source>Open the video in your system's player</source>
            <translation>Apri il video nel lettore di sistema</translation>
        </message>
        <message>
            <source>Open your RunComfy generation history</source>
            <translation>Apri la tua cronologia delle generazioni su RunComfy</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Coda</translation>
        </message>
        <message>
            <source>Remove from list</source>
            <translation>Rimuovi dall'elenco</translation>
        </message>
        <message>
            <source>Remove this job from the list (the video file stays)</source>
            <translation>Rimuovi questo lavoro dall'elenco (il file video resta)</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Riprova</translation>
        </message>
        <message>
            <source>Retry download</source>
            <translation>Riprova download</translation>
        </message>
        <message>
            <source>Reuse settings</source>
            <translation>Riusa impostazioni</translation>
        </message>
        <message>
            <source>RunComfy may already have this job.</source>
            <translation>RunComfy potrebbe avere già questo lavoro.</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Invia di nuovo</translation>
        </message>
        <message>
            <source>Send the same settings again as a new job</source>
            <translation>Invia le stesse impostazioni come nuovo lavoro</translation>
        </message>
        <message>
            <source>Send this job again?</source>
            <translation>Inviare di nuovo questo lavoro?</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Mostra nella cartella</translation>
        </message>
        <message>
            <source>The clip's last frame becomes the first frame of a new shot, so the scene goes on from where it ends</source>
            <translation>L'ultimo fotogramma della clip diventa il fotogramma iniziale di una nuova inquadratura, così la scena prosegue da dove finisce</translation>
        </message>
    </context>
    <context>
        <name>QuitConfirmation</name>
        <message numerus="yes">
            <source>%n jobs are still being prepared and have not been sent to RunComfy yet. Quitting now stops them before they are sent: nothing is charged, and you can send them again later.</source>
            <translation>
                <numerusform>%n lavoro è ancora in preparazione e non è stato inviato a RunComfy. Uscendo ora si ferma prima dell'invio: non viene addebitato nulla e potrai inviarlo più tardi.</numerusform>
                <numerusform>%n lavori sono ancora in preparazione e non sono stati inviati a RunComfy. Uscendo ora si fermano prima dell'invio: non viene addebitato nulla e potrai inviarli più tardi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n jobs are still running on RunComfy. They continue there, and Storyreel picks them up and downloads their videos the next time you start it.</source>
            <translation>
                <numerusform>%n lavoro è ancora in esecuzione su RunComfy. Continua lì, e Storyreel lo riprende e ne scarica il video al prossimo avvio.</numerusform>
                <numerusform>%n lavori sono ancora in esecuzione su RunComfy. Continuano lì, e Storyreel li riprende e ne scarica i video al prossimo avvio.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n offline previews will stop: the local preview engine stops with Storyreel, so they will be lost (nothing is charged; you can retry them).</source>
            <translation>
                <numerusform>%n anteprima offline si fermerà: il motore di anteprima locale si ferma con Storyreel, quindi andrà persa (non viene addebitato nulla; puoi riprovare).</numerusform>
                <numerusform>%n anteprime offline si fermeranno: il motore di anteprima locale si ferma con Storyreel, quindi andranno perse (non viene addebitato nulla; puoi riprovare).</numerusform>
            </translation>
        </message>
        <message>
            <source>Every job has finished.</source>
            <translation>Tutti i lavori sono finiti.</translation>
        </message>
        <message>
            <source>Keep Storyreel open</source>
            <translation>Lascia aperto Storyreel</translation>
        </message>
        <message>
            <source>Nothing is lost by quitting now.</source>
            <translation>Uscendo ora non si perde nulla.</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Esci</translation>
        </message>
        <message>
            <source>Quit Storyreel?</source>
            <translation>Uscire da Storyreel?</translation>
        </message>
        <message>
            <source>Some jobs are not finished yet.</source>
            <translation>Alcuni lavori non sono ancora finiti.</translation>
        </message>
    </context>
    <context>
        <name>RenderFlow</name>
        <message numerus="yes">
            <source>%n shots rendered.</source>
            <translation>
                <numerusform>%n inquadratura renderizzata.</numerusform>
                <numerusform>%n inquadrature renderizzate.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots rendered; {kept} kept their clips.</source>
            <translation>
                <numerusform>%n inquadratura renderizzata; {kept} hanno mantenuto le loro clip.</numerusform>
                <numerusform>%n inquadrature renderizzate; {kept} hanno mantenuto le loro clip.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add frames first: drop images or a folder on the strip.</source>
            <translation>Aggiungi prima i fotogrammi: trascina immagini o una cartella sulla striscia.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Don't send</source>
            <translation>Non inviare</translation>
        </message>
        <message>
            <source>Every shot is already rendered from its current inputs: nothing was sent, nothing was paid.</source>
            <translation>Ogni inquadratura è già renderizzata dai suoi input attuali: nulla è stato inviato, nulla è stato pagato.</translation>
        </message>
        <message>
            <source>Frame {n} ({name}) is still being checked.</source>
            <translation>Il fotogramma {n} ({name}) è ancora in verifica.</translation>
        </message>
        <message numerus="yes">
            <source>Generate %n previews</source>
            <translation>
                <numerusform>Genera %n anteprima</numerusform>
                <numerusform>Genera %n anteprime</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Generate %n shots</source>
            <translation>
                <numerusform>Genera %n inquadratura</numerusform>
                <numerusform>Genera %n inquadrature</numerusform>
            </translation>
        </message>
        <message>
            <source>Generate only the selected shots</source>
            <translation>Genera solo le inquadrature selezionate</translation>
        </message>
        <message>
            <source>Generate · {price}</source>
            <translation>Genera · {price}</translation>
        </message>
        <message>
            <source>Nothing is sent without a price: check your connection and key, then try again.</source>
            <translation>Nulla viene inviato senza un prezzo: controlla la connessione e la chiave, poi riprova.</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>Non è stato inviato nulla.</translation>
        </message>
        <message>
            <source>One clip per pair of frames needs at least two frames.</source>
            <translation>Una clip per coppia di fotogrammi richiede almeno due fotogrammi.</translation>
        </message>
        <message>
            <source>Raise the cap to {amount} and generate</source>
            <translation>Alza il limite a {amount} e genera</translation>
        </message>
        <message>
            <source>Reading the price of the shots to render…</source>
            <translation>Lettura del prezzo delle inquadrature da renderizzare…</translation>
        </message>
        <message>
            <source>Reading the price of the shots…</source>
            <translation>Lettura del prezzo delle inquadrature…</translation>
        </message>
        <message>
            <source>Select the shots to generate first.</source>
            <translation>Seleziona prima le inquadrature da generare.</translation>
        </message>
        <message>
            <source>Send every shot that needs it through the queue; the price is shown first</source>
            <translation>Invia in coda ogni inquadratura che ne ha bisogno; prima viene mostrato il prezzo</translation>
        </message>
        <message>
            <source>Sending the shots…</source>
            <translation>Invio delle inquadrature…</translation>
        </message>
        <message>
            <source>Shot {n}: {message}</source>
            <translation>Inquadratura {n}: {message}</translation>
        </message>
        <message>
            <source>Storyreel is still starting.</source>
            <translation>Storyreel si sta ancora avviando.</translation>
        </message>
        <message>
            <source>The storyboard could not be rendered: {error}. The details are in the log.</source>
            <translation>Impossibile renderizzare lo storyboard: {error}. I dettagli sono nel registro.</translation>
        </message>
        <message>
            <source>Waiting for your answer to the price.</source>
            <translation>In attesa della tua risposta sul prezzo.</translation>
        </message>
    </context>
    <context>
        <name>RuleRows</name>
        <message numerus="yes">
            <source>%n channels</source>
            <translation>
                <numerusform>%n canale</numerusform>
                <numerusform>%n canali</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n frames</source>
            <translation>
                <numerusform>%n fotogramma</numerusform>
                <numerusform>%n fotogrammi</numerusform>
            </translation>
        </message>
        <message>
            <source>Animation</source>
            <translation>Animazione</translation>
        </message>
        <message>
            <source>Aspect ratio</source>
            <translation>Proporzioni</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canali</translation>
        </message>
        <message>
            <source>Complete file</source>
            <translation>File completo</translation>
        </message>
        <message>
            <source>File size</source>
            <translation>Dimensione file</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Frame rate</source>
            <translation>Frequenza fotogrammi</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Altezza</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Durata</translation>
        </message>
        <message>
            <source>Pixels</source>
            <translation>Pixel</translation>
        </message>
        <message>
            <source>Sample rate</source>
            <translation>Frequenza di campionamento</translation>
        </message>
        <message>
            <source>Size to send</source>
            <translation>Dimensione da inviare</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Larghezza</translation>
        </message>
        <message>
            <source>cut short</source>
            <translation>troncato</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>non superata</translation>
        </message>
        <message>
            <source>first frame used</source>
            <translation>si usa il primo fotogramma</translation>
        </message>
        <message>
            <source>mono</source>
            <translation>mono</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>superata</translation>
        </message>
        <message>
            <source>stereo</source>
            <translation>stereo</translation>
        </message>
        <message>
            <source>the whole file</source>
            <translation>il file intero</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>sconosciuto</translation>
        </message>
    </context>
    <context>
        <name>SampleButton</name>
        <message>
            <source>Try the sample “{title}”</source>
            <translation>Prova l'esempio «{title}»</translation>
        </message>
        <message>
            <source>{title}: puts this frame in the panel, with a suggested prompt if yours is empty.</source>
            <translation>{title}: mette questo fotogramma nel pannello, con un prompt suggerito se il tuo è vuoto.</translation>
        </message>
    </context>
    <context>
        <name>SeedWidget</name>
        <message>
            <source>A new random seed is picked for each generation. Click to lock.</source>
            <translation>A ogni generazione viene scelto un nuovo seed casuale. Fai clic per bloccarlo.</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Bloccato</translation>
        </message>
        <message>
            <source>New each time</source>
            <translation>Nuovo ogni volta</translation>
        </message>
        <message>
            <source>Pick a new random seed now.</source>
            <translation>Scegli subito un nuovo seed casuale.</translation>
        </message>
        <message>
            <source>Random</source>
            <translation>Casuale</translation>
        </message>
        <message>
            <source>Randomise</source>
            <translation>Casuale</translation>
        </message>
        <message>
            <source>Randomise seed</source>
            <translation>Seed casuale</translation>
        </message>
        <message>
            <source>Seed locked</source>
            <translation>Seed bloccato</translation>
        </message>
        <message>
            <source>Seed unlocked</source>
            <translation>Seed sbloccato</translation>
        </message>
        <message>
            <source>The seed shown is used for every generation. Click to unlock.</source>
            <translation>Il seed mostrato viene usato per ogni generazione. Fai clic per sbloccarlo.</translation>
        </message>
    </context>
    <context>
        <name>SequenceFlow</name>
        <message>
            <source>Continue from the clip's last frame</source>
            <translation>Continua dall'ultimo fotogramma della clip</translation>
        </message>
        <message>
            <source>Shot {n} has no finished clip yet: generate it first.</source>
            <translation>L'inquadratura {n} non ha ancora una clip finita: generala prima.</translation>
        </message>
        <message>
            <source>The clip's last frame is now frame {n}: its shot goes on from there.</source>
            <translation>L'ultimo fotogramma della clip ora è il fotogramma {n}: la sua inquadratura prosegue da lì.</translation>
        </message>
        <message>
            <source>The last frame could not be taken from the clip: {error}</source>
            <translation>Impossibile estrarre l'ultimo fotogramma dalla clip: {error}</translation>
        </message>
        <message>
            <source>The sequence cannot be played: {error}</source>
            <translation>Impossibile riprodurre la sequenza: {error}</translation>
        </message>
        <message>
            <source>The storyboard was closed before the last frame was ready; it is saved as {path}.</source>
            <translation>Lo storyboard è stato chiuso prima che l'ultimo fotogramma fosse pronto; è salvato come {path}.</translation>
        </message>
        <message>
            <source>There is nothing to play yet: add frames first.</source>
            <translation>Non c'è ancora nulla da riprodurre: aggiungi prima dei fotogrammi.</translation>
        </message>
        <message>
            <source>This job has no video file to continue from.</source>
            <translation>Questo lavoro non ha un file video da cui continuare.</translation>
        </message>
    </context>
    <context>
        <name>SequencePlayer</name>
        <message numerus="yes">
            <source> · %n shown as held frames</source>
            <translation>
                <numerusform> · %n mostrata come fotogramma fermo</numerusform>
                <numerusform> · %n mostrate come fotogrammi fermi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots, {seconds} s</source>
            <translation>
                <numerusform>%n inquadratura, {seconds} s</numerusform>
                <numerusform>%n inquadrature, {seconds} s</numerusform>
            </translation>
        </message>
        <message>
            <source>No shots yet</source>
            <translation>Ancora nessuna inquadratura</translation>
        </message>
        <message>
            <source>Pause sequence</source>
            <translation>Metti in pausa la sequenza</translation>
        </message>
        <message>
            <source>Play or pause the sequence (Space)</source>
            <translation>Riproduci o metti in pausa la sequenza (Spazio)</translation>
        </message>
        <message>
            <source>Play sequence</source>
            <translation>Riproduci sequenza</translation>
        </message>
        <message>
            <source>Play sequence shows the whole board here: finished clips back to back, and each shot not rendered yet as its first frame, held for its length.</source>
            <translation>Riproduci sequenza mostra qui l'intero storyboard: le clip finite una dopo l'altra, e ogni inquadratura non ancora renderizzata come il suo fotogramma iniziale, fermo per la sua durata.</translation>
        </message>
        <message>
            <source>Sequence player</source>
            <translation>Lettore della sequenza</translation>
        </message>
        <message>
            <source>Sequence time</source>
            <translation>Tempo della sequenza</translation>
        </message>
        <message>
            <source>Shot playing</source>
            <translation>Inquadratura in riproduzione</translation>
        </message>
        <message>
            <source>Shot {n} of {count} · {what}</source>
            <translation>Inquadratura {n} di {count} · {what}</translation>
        </message>
        <message>
            <source>Shot {n} · not rendered yet: its first frame, held for {s} s</source>
            <translation>Inquadratura {n} · non ancora renderizzata: il suo fotogramma iniziale, fermo per {s} s</translation>
        </message>
        <message>
            <source>Shot {n}: {file} cannot be played ({reason}); skipped.</source>
            <translation>Inquadratura {n}: impossibile riprodurre {file} ({reason}); saltata.</translation>
        </message>
        <message>
            <source>held frame, not rendered yet</source>
            <translation>fotogramma fermo, non ancora renderizzato</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>errore sconosciuto</translation>
        </message>
        <message>
            <source>{s} s clip</source>
            <translation>clip di {s} s</translation>
        </message>
        <message>
            <source>{s} s of its clip, from {start} s</source>
            <translation>{s} s della sua clip, da {start} s</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>A key is set (hidden). Type a new one to replace it.</source>
            <translation>È impostata una chiave (nascosta). Digitane una nuova per sostituirla.</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>Indirizzo API</translation>
        </message>
        <message>
            <source>API address:</source>
            <translation>Indirizzo API:</translation>
        </message>
        <message>
            <source>API key status</source>
            <translation>Stato della chiave API</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Aspetto</translation>
        </message>
        <message>
            <source>Appearance:</source>
            <translation>Aspetto:</translation>
        </message>
        <message>
            <source>Ask RunComfy for a model's price with this key: costs nothing.</source>
            <translation>Chiede a RunComfy il prezzo di un modello con questa chiave: non costa nulla.</translation>
        </message>
        <message>
            <source>Asking RunComfy…</source>
            <translation>Chiedo a RunComfy…</translation>
        </message>
        <message>
            <source>Choose the library folder</source>
            <translation>Scegli la cartella della libreria</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Scegli…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Scuro</translation>
        </message>
        <message>
            <source>Find your key in your RunComfy profile. Storyreel keeps it in your system's keyring, never in a file.</source>
            <translation>Trovi la chiave nel tuo profilo RunComfy. Storyreel la conserva nel portachiavi di sistema, mai in un file.</translation>
        </message>
        <message>
            <source>For the API address below, once it is a usable one</source>
            <translation>Per l'indirizzo API qui sotto, quando sarà utilizzabile</translation>
        </message>
        <message>
            <source>For {base}</source>
            <translation>Per {base}</translation>
        </message>
        <message>
            <source>How many jobs Storyreel sends, follows and downloads at the same time (from the next start).</source>
            <translation>Quanti lavori Storyreel invia, segue e scarica contemporaneamente (dal prossimo avvio).</translation>
        </message>
        <message>
            <source>Jobs at once:</source>
            <translation>Lavori simultanei:</translation>
        </message>
        <message>
            <source>Jobs running at once</source>
            <translation>Lavori in esecuzione contemporaneamente</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Lingua:</translation>
        </message>
        <message>
            <source>Library folder</source>
            <translation>Cartella della libreria</translation>
        </message>
        <message>
            <source>Library folder:</source>
            <translation>Cartella della libreria:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Chiaro</translation>
        </message>
        <message>
            <source>Paste your RunComfy API key</source>
            <translation>Incolla la tua chiave API di RunComfy</translation>
        </message>
        <message>
            <source>Remove key</source>
            <translation>Rimuovi chiave</translation>
        </message>
        <message>
            <source>Result of the key test</source>
            <translation>Risultato della verifica della chiave</translation>
        </message>
        <message>
            <source>RunComfy API key</source>
            <translation>Chiave API di RunComfy</translation>
        </message>
        <message>
            <source>Save key</source>
            <translation>Salva chiave</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostra</translation>
        </message>
        <message>
            <source>Show the API key</source>
            <translation>Mostra la chiave API</translation>
        </message>
        <message>
            <source>Storyreel settings</source>
            <translation>Impostazioni di Storyreel</translation>
        </message>
        <message>
            <source>Storyreel speaks the new language from its next start.</source>
            <translation>Storyreel userà la nuova lingua dal prossimo avvio.</translation>
        </message>
        <message>
            <source>System (follow the system's light or dark)</source>
            <translation>Sistema (segue il chiaro o scuro del sistema)</translation>
        </message>
        <message>
            <source>System ({language})</source>
            <translation>Sistema ({language})</translation>
        </message>
        <message>
            <source>Tell me when a job finishes while Storyreel is in the background</source>
            <translation>Avvisami quando un lavoro finisce mentre Storyreel è in secondo piano</translation>
        </message>
        <message>
            <source>Test key</source>
            <translation>Verifica chiave</translation>
        </message>
        <message>
            <source>The API address this key is for</source>
            <translation>L'indirizzo API a cui appartiene questa chiave</translation>
        </message>
        <message>
            <source>The key is stored in your system keyring.</source>
            <translation>La chiave è conservata nel portachiavi di sistema.</translation>
        </message>
        <message>
            <source>The library folder is empty: choose where your videos should go.</source>
            <translation>La cartella della libreria è vuota: scegli dove salvare i tuoi video.</translation>
        </message>
        <message>
            <source>The library folder {path} is a file, not a folder.</source>
            <translation>La cartella della libreria {path} è un file, non una cartella.</translation>
        </message>
        <message>
            <source>no API key is set</source>
            <translation>nessuna chiave API impostata</translation>
        </message>
        <message>
            <source>no system keyring available: the key is kept for this session only</source>
            <translation>nessun portachiavi di sistema disponibile: la chiave è conservata solo per questa sessione</translation>
        </message>
        <message>
            <source>stored in the system keyring</source>
            <translation>conservata nel portachiavi di sistema</translation>
        </message>
        <message>
            <source>taken from the RUNCOMFY_API_TOKEN environment variable</source>
            <translation>presa dalla variabile d'ambiente RUNCOMFY_API_TOKEN</translation>
        </message>
        <message>
            <source>the system keyring is locked: the key is kept for this session only</source>
            <translation>il portachiavi di sistema è bloccato: la chiave è conservata solo per questa sessione</translation>
        </message>
        <message>
            <source>{reason} Storyreel will ask for it again next time; to avoid that, set RUNCOMFY_API_TOKEN in your environment or unlock your system keyring.</source>
            <translation>{reason} Storyreel la chiederà di nuovo la prossima volta; per evitarlo, imposta RUNCOMFY_API_TOKEN nell'ambiente o sblocca il portachiavi di sistema.</translation>
        </message>
    </context>
    <context>
        <name>ShotNoteEditor</name>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Nota</translation>
        </message>
        <message>
            <source>Action or dialogue: shown in the captions, on the board PDF and in the edit list</source>
            <translation>Azione o dialogo: mostrati nei sottotitoli, nel PDF dello storyboard e nella lista di montaggio</translation>
        </message>
        <message>
            <source>Shot note</source>
            <translation>Nota dell'inquadratura</translation>
        </message>
        <message>
            <source>The shot's action or dialogue</source>
            <translation>Azione o dialogo dell'inquadratura</translation>
        </message>
    </context>
    <context>
        <name>ShotRow</name>
        <message>
            <source>One clip per pair of frames needs at least two frames: add another.</source>
            <translation>Una clip per coppia di fotogrammi richiede almeno due fotogrammi: aggiungine un altro.</translation>
        </message>
        <message>
            <source>Shots</source>
            <translation>Inquadrature</translation>
        </message>
        <message>
            <source>The shots cut from your frames appear here.</source>
            <translation>Qui compaiono le inquadrature ricavate dai tuoi fotogrammi.</translation>
        </message>
    </context>
    <context>
        <name>ShotSettings</name>
        <message>
            <source>&amp;Model:</source>
            <translation>&amp;Modello:</translation>
        </message>
        <message>
            <source>Apply settings and prompt to all shots</source>
            <translation>Applica impostazioni e prompt a tutte le inquadrature</translation>
        </message>
        <message>
            <source>Apply to all shots</source>
            <translation>Applica a tutte le inquadrature</translation>
        </message>
        <message>
            <source>Give every shot this model and these settings; each keeps its own prompt</source>
            <translation>Dai a ogni inquadratura questo modello e queste impostazioni; ognuna mantiene il suo prompt</translation>
        </message>
        <message>
            <source>Selected shot</source>
            <translation>Inquadratura selezionata</translation>
        </message>
    </context>
    <context>
        <name>SingleShotDocument</name>
        <message>
            <source>Add an entry to {label}</source>
            <translation>Aggiungi una voce a {label}</translation>
        </message>
        <message>
            <source>Change settings</source>
            <translation>Modifica impostazioni</translation>
        </message>
        <message>
            <source>Change {label}</source>
            <translation>Modifica {label}</translation>
        </message>
        <message>
            <source>Choose audio for {label}</source>
            <translation>Scegli audio per {label}</translation>
        </message>
        <message>
            <source>Choose image for {label}</source>
            <translation>Scegli immagine per {label}</translation>
        </message>
        <message>
            <source>Choose video for {label}</source>
            <translation>Scegli video per {label}</translation>
        </message>
        <message>
            <source>Choose {model}</source>
            <translation>Scegli {model}</translation>
        </message>
        <message>
            <source>Continue from the clip's last frame</source>
            <translation>Continua dall'ultimo fotogramma della clip</translation>
        </message>
        <message>
            <source>Drop audio on {label}</source>
            <translation>Rilascia audio su {label}</translation>
        </message>
        <message>
            <source>Drop image on {label}</source>
            <translation>Rilascia immagine su {label}</translation>
        </message>
        <message>
            <source>Drop video on {label}</source>
            <translation>Rilascia video su {label}</translation>
        </message>
        <message>
            <source>Edit {label}</source>
            <translation>Modifica {label}</translation>
        </message>
        <message>
            <source>Fix audio in {label}</source>
            <translation>Correggi audio in {label}</translation>
        </message>
        <message>
            <source>Fix image in {label}</source>
            <translation>Correggi immagine in {label}</translation>
        </message>
        <message>
            <source>Fix video in {label}</source>
            <translation>Correggi video in {label}</translation>
        </message>
        <message>
            <source>Paste audio URL into {label}</source>
            <translation>Incolla URL dell'audio in {label}</translation>
        </message>
        <message>
            <source>Paste image into {label}</source>
            <translation>Incolla immagine in {label}</translation>
        </message>
        <message>
            <source>Paste video URL into {label}</source>
            <translation>Incolla URL del video in {label}</translation>
        </message>
        <message>
            <source>Remove an entry from {label}</source>
            <translation>Rimuovi una voce da {label}</translation>
        </message>
        <message>
            <source>Remove audio from {label}</source>
            <translation>Rimuovi audio da {label}</translation>
        </message>
        <message>
            <source>Remove image from {label}</source>
            <translation>Rimuovi immagine da {label}</translation>
        </message>
        <message>
            <source>Remove video from {label}</source>
            <translation>Rimuovi video da {label}</translation>
        </message>
        <message>
            <source>Reorder {label}</source>
            <translation>Riordina {label}</translation>
        </message>
        <message>
            <source>Restore previous image in {label}</source>
            <translation>Ripristina l'immagine precedente in {label}</translation>
        </message>
    </context>
    <context>
        <name>SingleShotTakes</name>
        <message>
            <source>No takes of these inputs yet: generate, or ask for variations.</source>
            <translation>Ancora nessuna ripresa con questi input: genera o chiedi delle variazioni.</translation>
        </message>
        <message>
            <source>Takes of the single shot</source>
            <translation>Riprese dell'inquadratura singola</translation>
        </message>
        <message>
            <source>The player now plays this take.</source>
            <translation>Ora il lettore riproduce questa ripresa.</translation>
        </message>
    </context>
    <context>
        <name>SingleShotTakesHooks</name>
        <message>
            <source>Every take of these inputs: choose the one the player plays, reject, delete, star or compare them</source>
            <translation>Tutte le riprese con questi input: scegli quella che il lettore riproduce, scartale, eliminale, aggiungi una stella o confrontale</translation>
        </message>
        <message>
            <source>Ta&amp;kes of this shot…</source>
            <translation>&amp;Riprese di questa inquadratura…</translation>
        </message>
        <message>
            <source>Takes ({n})…</source>
            <translation>Riprese ({n})…</translation>
        </message>
        <message>
            <source>Takes…</source>
            <translation>Riprese…</translation>
        </message>
    </context>
    <context>
        <name>SingleVariationsBar</name>
        <message>
            <source>How many variations</source>
            <translation>Quante variazioni</translation>
        </message>
        <message>
            <source>New takes of these inputs, each with its own seed</source>
            <translation>Nuove riprese con questi input, ognuna con il proprio seed</translation>
        </message>
        <message>
            <source>New takes with the seeds next to the selected take's</source>
            <translation>Nuove riprese con i seed vicini a quello della ripresa selezionata</translation>
        </message>
        <message>
            <source>Seed sweep…</source>
            <translation>Serie di seed…</translation>
        </message>
        <message>
            <source>Variations…</source>
            <translation>Variazioni…</translation>
        </message>
        <message>
            <source>{model} has no seed setting to sweep.</source>
            <translation>{model} non ha un seed da far variare.</translation>
        </message>
    </context>
    <context>
        <name>SpendChart</name>
        <message>
            <source>MMM d</source>
            <comment>a day on the chart's axis</comment>
            <translation>d MMM</translation>
        </message>
        <message>
            <source>Money spent per day</source>
            <translation>Spese per giorno</translation>
        </message>
        <message>
            <source>Money spent per model</source>
            <translation>Spese per modello</translation>
        </message>
        <message>
            <source>Money spent, as a bar chart</source>
            <translation>Spese, in un grafico a barre</translation>
        </message>
        <message>
            <source>Spent (USD)</source>
            <translation>Speso (USD)</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>da {first} a {last}</translation>
        </message>
    </context>
    <context>
        <name>SpendView</name>
        <message numerus="yes">
            <source>%n of them counted at the price shown before sending, as RunComfy reported no cost.</source>
            <translation>
                <numerusform>%n di questi è contato al prezzo mostrato prima dell'invio, perché RunComfy non ha indicato un costo.</numerusform>
                <numerusform>%n di questi sono contati al prezzo mostrato prima dell'invio, perché RunComfy non ha indicato un costo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paid jobs: {amount}.</source>
            <translation>
                <numerusform>%n lavoro a pagamento: {amount}.</numerusform>
                <numerusform>%n lavori a pagamento: {amount}.</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>File CSV (*.csv)</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Giorno</translation>
        </message>
        <message>
            <source>Estimated</source>
            <translation>Stimato</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Esporta CSV…</translation>
        </message>
        <message>
            <source>Export spending as CSV</source>
            <translation>Esporta le spese come CSV</translation>
        </message>
        <message>
            <source>Free previews</source>
            <translation>Anteprime</translation>
        </message>
        <message numerus="yes">
            <source>Free previews, counted apart: %n.</source>
            <translation>
                <numerusform>Anteprime gratuite, contate a parte: %n.</numerusform>
                <numerusform>Anteprime gratuite, contate a parte: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dal</translation>
        </message>
        <message>
            <source>Group the money spent</source>
            <translation>Raggruppa le spese</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modello</translation>
        </message>
        <message>
            <source>Money spent, as a table</source>
            <translation>Spese, in tabella</translation>
        </message>
        <message>
            <source>Paid jobs</source>
            <translation>Lavori</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>Per giorno</translation>
        </message>
        <message>
            <source>Per model</source>
            <translation>Per modello</translation>
        </message>
        <message>
            <source>Reading what was spent…</source>
            <translation>Lettura delle spese…</translation>
        </message>
        <message>
            <source>Saved {file}.</source>
            <translation>{file} salvato.</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>Spese</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Speso</translation>
        </message>
        <message>
            <source>Today: {spent} spent or on its way, of your daily cap of {cap}.</source>
            <translation>Oggi: {spent} tra spesi e in corso, su un limite giornaliero di {cap}.</translation>
        </message>
        <message>
            <source>Today: {spent} spent or on its way. No daily cap is set.</source>
            <translation>Oggi: {spent} tra spesi e in corso. Nessun limite giornaliero impostato.</translation>
        </message>
        <message>
            <source>What was spent could not be read: {reason}</source>
            <translation>Impossibile leggere le spese: {reason}</translation>
        </message>
        <message>
            <source>to</source>
            <translation>al</translation>
        </message>
        <message>
            <source>{file} could not be saved: {reason}</source>
            <translation>Impossibile salvare {file}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SpendingCaps</name>
        <message>
            <source>Don't send</source>
            <translation>Non inviare</translation>
        </message>
        <message>
            <source>Raise the cap to {amount} and send</source>
            <translation>Alza il limite a {amount} e invia</translation>
        </message>
        <message>
            <source>RunComfy balance unavailable</source>
            <translation>credito RunComfy non disponibile</translation>
        </message>
        <message>
            <source>RunComfy balance {amount}</source>
            <translation>credito RunComfy {amount}</translation>
        </message>
        <message>
            <source>Spending cap reached</source>
            <translation>Limite di spesa raggiunto</translation>
        </message>
        <message>
            <source>no spending cap is set</source>
            <translation>nessun limite di spesa impostato</translation>
        </message>
        <message>
            <source>today {after} of your {cap} daily cap</source>
            <translation>oggi {after} del tuo limite giornaliero di {cap}</translation>
        </message>
        <message>
            <source>your cap per render is {cap}</source>
            <translation>il tuo limite per rendering è {cap}</translation>
        </message>
    </context>
    <context>
        <name>StartCheck</name>
        <message>
            <source>Storyreel cannot start</source>
            <translation>Impossibile avviare Storyreel</translation>
        </message>
        <message>
            <source>Your jobs, videos and settings are untouched.</source>
            <translation>I tuoi lavori, i video e le impostazioni sono rimasti intatti.</translation>
        </message>
    </context>
    <context>
        <name>StillView</name>
        <message>
            <source>Held frame</source>
            <translation>Fotogramma fermo</translation>
        </message>
    </context>
    <context>
        <name>Storyboard</name>
        <message>
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Verifica…</translation>
        </message>
        <message>
            <source>Clip missing</source>
            <translation>Clip mancante</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fatto</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Non riuscito</translation>
        </message>
        <message>
            <source>Frame {n} ({name})</source>
            <translation>Fotogramma {n} ({name})</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Gratis</translation>
        </message>
        <message>
            <source>Free preview</source>
            <translation>Gratis</translation>
        </message>
        <message>
            <source>Move frame {n}</source>
            <translation>Sposta fotogramma {n}</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation>Non pronto</translation>
        </message>
        <message>
            <source>Not rendered</source>
            <translation>Non renderizzata</translation>
        </message>
        <message>
            <source>One clip per frame</source>
            <translation>Una clip per fotogramma</translation>
        </message>
        <message>
            <source>One clip per pair of frames (first frame to last frame)</source>
            <translation>Una clip per coppia di fotogrammi (dal fotogramma iniziale a quello finale)</translation>
        </message>
        <message>
            <source>Out of date</source>
            <translation>Non aggiornata</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>In coda</translation>
        </message>
        <message>
            <source>Rendering</source>
            <translation>Rendering</translation>
        </message>
        <message>
            <source>Shot {n}</source>
            <translation>Inquadratura {n}</translation>
        </message>
        <message>
            <source>Shot {n} · {s} s</source>
            <translation>Inquadratura {n} · {s} s</translation>
        </message>
        <message>
            <source>Uncertain</source>
            <translation>Incerto</translation>
        </message>
        <message>
            <source>Untitled storyboard</source>
            <translation>Storyboard senza titolo</translation>
        </message>
        <message>
            <source>{label}: being checked…</source>
            <translation>{label}: in verifica…</translation>
        </message>
        <message>
            <source>{label}: ready</source>
            <translation>{label}: pronto</translation>
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
            <translation>Riepilogo dello storyboard</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>Taglio</translation>
        </message>
        <message>
            <source>Cut:</source>
            <translation>Taglio:</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Esporta</translation>
        </message>
        <message>
            <source>Export the sequence as one MP4, the shot list, or everything an editor needs</source>
            <translation>Esporta la sequenza in un unico MP4, l'elenco inquadrature o tutto ciò che serve al montaggio</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>Fotogrammi</translation>
        </message>
        <message>
            <source>Generate all</source>
            <translation>Genera tutto</translation>
        </message>
        <message>
            <source>Generate all shots</source>
            <translation>Genera tutte le inquadrature</translation>
        </message>
        <message>
            <source>Generate selected</source>
            <translation>Genera selezionate</translation>
        </message>
        <message>
            <source>Generate the selected shots</source>
            <translation>Genera le inquadrature selezionate</translation>
        </message>
        <message>
            <source>One clip per frame</source>
            <translation>Una clip per fotogramma</translation>
        </message>
        <message>
            <source>One clip per pair of frames</source>
            <translation>Una clip per coppia di fotogrammi</translation>
        </message>
        <message>
            <source>Play sequence</source>
            <translation>Riproduci sequenza</translation>
        </message>
        <message>
            <source>Play the board: finished clips back to back, held frames for the rest</source>
            <translation>Riproduci lo storyboard: clip finite una dopo l'altra, fotogrammi fermi per il resto</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <source>Shots</source>
            <translation>Inquadrature</translation>
        </message>
        <message>
            <source>Storyboard</source>
            <translation>Storyboard</translation>
        </message>
        <message>
            <source>Storyboard name</source>
            <translation>Nome dello storyboard</translation>
        </message>
        <message>
            <source>Why Generate is not available</source>
            <translation>Perché Genera non è disponibile</translation>
        </message>
    </context>
    <context>
        <name>StructuredWidget</name>
        <message>
            <source>Entry {n}: </source>
            <translation>Voce {n}: </translation>
        </message>
        <message>
            <source>Fill in the shape the model asks for.</source>
            <translation>Compila la struttura richiesta dal modello.</translation>
        </message>
        <message>
            <source>Insert template</source>
            <translation>Inserisci modello</translation>
        </message>
        <message>
            <source>JSON, shaped like:
{example}</source>
            <translation>JSON, con questa forma:
{example}</translation>
        </message>
        <message>
            <source>Lay the JSON out again, one entry per line.</source>
            <translation>Riordina il JSON, una voce per riga.</translation>
        </message>
        <message>
            <source>This JSON is nested too deeply.</source>
            <translation>Questo JSON è annidato troppo in profondità.</translation>
        </message>
        <message>
            <source>This is not valid JSON: {reason} (line {line}, column {column}).</source>
            <translation>Questo non è JSON valido: {reason} (riga {line}, colonna {column}).</translation>
        </message>
        <message>
            <source>Tidy</source>
            <translation>Riordina</translation>
        </message>
    </context>
    <context>
        <name>Switch</name>
        <message>
            <source>Off</source>
            <translation>No</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Sì</translation>
        </message>
    </context>
    <context>
        <name>TakeDelegate</name>
        <message>
            <source>Rejected</source>
            <translation>Scartata</translation>
        </message>
    </context>
    <context>
        <name>Takes</name>
        <message>
            <source>Another file is now at {path}; the take was left aside.</source>
            <translation>Ora c'è un altro file in {path}; la ripresa è stata messa da parte.</translation>
        </message>
        <message>
            <source>{name} is no longer in the trash (it was emptied), so the take cannot come back.</source>
            <translation>{name} non è più nel cestino (è stato svuotato), quindi la ripresa non può tornare.</translation>
        </message>
        <message>
            <source>{name} is no longer there.</source>
            <translation>{name} non c'è più.</translation>
        </message>
    </context>
    <context>
        <name>TakesDialog</name>
        <message>
            <source>${cost} in all</source>
            <translation>${cost} in totale</translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%n scartata</numerusform>
                <numerusform>%n scartate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n takes</source>
            <translation>
                <numerusform>%n ripresa</numerusform>
                <numerusform>%n riprese</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a take</source>
            <translation>Scegli una ripresa</translation>
        </message>
        <message>
            <source>Circle this take: the sequence plays it</source>
            <translation>Cerchia questa ripresa: è quella che la sequenza riproduce</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Compare…</source>
            <translation>Confronta…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <source>Delete a take</source>
            <translation>Elimina una ripresa</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Conserva</translation>
        </message>
        <message>
            <source>Keep a rejected take</source>
            <translation>Conserva una ripresa scartata</translation>
        </message>
        <message>
            <source>Move this take's file to the trash (Edit → Undo brings it back)</source>
            <translation>Sposta il file di questa ripresa nel cestino (Modifica → Annulla lo riporta indietro)</translation>
        </message>
        <message>
            <source>Play two takes together, side by side or with a wipe</source>
            <translation>Riproduci due riprese insieme, affiancate o con una tendina</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Scarta</translation>
        </message>
        <message>
            <source>Reject a take</source>
            <translation>Scarta una ripresa</translation>
        </message>
        <message>
            <source>Set this take aside, but keep it</source>
            <translation>Metti da parte questa ripresa, ma conservala</translation>
        </message>
        <message>
            <source>Takes</source>
            <translation>Riprese</translation>
        </message>
        <message>
            <source>The take could not be deleted: {reason}</source>
            <translation>Impossibile eliminare la ripresa: {reason}</translation>
        </message>
        <message>
            <source>The take's file is in the trash; Edit → Undo brings it back.</source>
            <translation>Il file della ripresa è nel cestino; Modifica → Annulla lo riporta indietro.</translation>
        </message>
        <message>
            <source>◯ Choose</source>
            <translation>◯ Scegli</translation>
        </message>
        <message>
            <source>★ Unstar</source>
            <translation>★ Togli stella</translation>
        </message>
        <message>
            <source>☆ Star</source>
            <translation>☆ Aggiungi stella</translation>
        </message>
    </context>
    <context>
        <name>TakesModel</name>
        <message>
            <source>No seed</source>
            <translation>Nessun seed</translation>
        </message>
        <message>
            <source>Seed {seed}</source>
            <translation>Seed {seed}</translation>
        </message>
        <message>
            <source>Take {n}</source>
            <translation>Ripresa {n}</translation>
        </message>
        <message>
            <source>chosen: the sequence plays it</source>
            <translation>scelta: la sequenza la riproduce</translation>
        </message>
        <message>
            <source>cost unknown</source>
            <translation>costo sconosciuto</translation>
        </message>
        <message>
            <source>default settings</source>
            <translation>impostazioni predefinite</translation>
        </message>
        <message>
            <source>free preview</source>
            <translation>anteprima gratuita</translation>
        </message>
        <message>
            <source>its file is missing</source>
            <translation>il suo file manca</translation>
        </message>
        <message>
            <source>off</source>
            <translation>disattivato</translation>
        </message>
        <message>
            <source>on</source>
            <translation>attivato</translation>
        </message>
        <message>
            <source>rejected, kept</source>
            <translation>scartata, conservata</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>con stella</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Click a shot to play the sequence from there.</source>
            <translation>Fai clic su un'inquadratura per riprodurre la sequenza da lì.</translation>
        </message>
        <message>
            <source>Sequence timeline</source>
            <translation>Timeline della sequenza</translation>
        </message>
    </context>
    <context>
        <name>Toast</name>
        <message>
            <source>Notification</source>
            <translation>Notifica</translation>
        </message>
    </context>
    <context>
        <name>UndoHub</name>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ripeti</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annulla</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message numerus="yes">
            <source>%n frames ≈ {seconds}</source>
            <translation>
                <numerusform>%n fotogramma ≈ {seconds}</numerusform>
                <numerusform>%n fotogrammi ≈ {seconds}</numerusform>
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
            <translation>{number} megapixel</translation>
        </message>
        <message>
            <source>{number} min</source>
            <translation>{number} min</translation>
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
                <numerusform>%n anteprima gratuita dell'inquadratura {shot}, {how}.</numerusform>
                <numerusform>%n anteprime gratuite dell'inquadratura {shot}, {how}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n jobs sent: each becomes a take of this shot when it finishes.</source>
            <translation>
                <numerusform>%n lavoro inviato: diventa una ripresa di questa inquadratura quando finisce.</numerusform>
                <numerusform>%n lavori inviati: ognuno diventa una ripresa di questa inquadratura quando finisce.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variations of shot {shot}, {how}, at {unit} per {per}.</source>
            <translation>
                <numerusform>%n variazione dell'inquadratura {shot}, {how}, a {unit} per {per}.</numerusform>
                <numerusform>%n variazioni dell'inquadratura {shot}, {how}, a {unit} per {per}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variations of shot {shot}, {how}: estimated {total} in all ({each} each).</source>
            <translation>
                <numerusform>%n variazione dell'inquadratura {shot}, {how}: stima {total} in totale ({each} ciascuna).</numerusform>
                <numerusform>%n variazioni dell'inquadratura {shot}, {how}: stima {total} in totale ({each} ciascuna).</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>How many variations</source>
            <translation>Quante variazioni</translation>
        </message>
        <message>
            <source>New takes of this shot, each with its own seed</source>
            <translation>Nuove riprese di questa inquadratura, ognuna con il suo seed</translation>
        </message>
        <message>
            <source>New takes with the seeds next to the selected take's</source>
            <translation>Nuove riprese con i seed vicini a quello della ripresa selezionata</translation>
        </message>
        <message>
            <source>No variations were sent: {reason}</source>
            <translation>Nessuna variazione è stata inviata: {reason}</translation>
        </message>
        <message>
            <source>Reading the price…</source>
            <translation>Lettura del prezzo…</translation>
        </message>
        <message>
            <source>Seed sweep…</source>
            <translation>Serie di seed…</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Invia</translation>
        </message>
        <message numerus="yes">
            <source>Send %n jobs</source>
            <translation>
                <numerusform>Invia %n lavoro</numerusform>
                <numerusform>Invia %n lavori</numerusform>
            </translation>
        </message>
        <message>
            <source>Variations…</source>
            <translation>Variazioni…</translation>
        </message>
        <message>
            <source>seeds {seeds}</source>
            <translation>seed {seeds}</translation>
        </message>
        <message>
            <source>the same settings again (this model has no seed)</source>
            <translation>di nuovo le stesse impostazioni (questo modello non ha seed)</translation>
        </message>
        <message>
            <source>video</source>
            <translation>video</translation>
        </message>
        <message>
            <source>{model} has no seed setting to sweep.</source>
            <translation>{model} non ha un seed da far variare.</translation>
        </message>
    </context>
    <context>
        <name>VariationsButton</name>
        <message>
            <source>Generate 2 to 8 variations at once, each with its own seed</source>
            <translation>Genera da 2 a 8 variazioni in una volta, ognuna con il suo seed</translation>
        </message>
        <message numerus="yes">
            <source>Make %n free previews, {how}?</source>
            <translation>
                <numerusform>Creare %n anteprima gratuita, {how}?</numerusform>
                <numerusform>Creare %n anteprime gratuite, {how}?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Send %n jobs</source>
            <translation>
                <numerusform>Invia %n lavoro</numerusform>
                <numerusform>Invia %n lavori</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Send %n variations, {how}? Estimated {total} in all ({each} each).</source>
            <translation>
                <numerusform>Inviare %n variazione, {how}? Stima: {total} in totale ({each} ciascuna).</numerusform>
                <numerusform>Inviare %n variazioni, {how}? Stima: {total} in totale ({each} ciascuna).</numerusform>
            </translation>
        </message>
        <message>
            <source>The price is not known yet: variations wait until it is.</source>
            <translation>Il prezzo non è ancora noto: le variazioni aspettano di conoscerlo.</translation>
        </message>
        <message>
            <source>Variations</source>
            <translation>Variazioni</translation>
        </message>
        <message>
            <source>seeds {seeds}</source>
            <translation>seed {seeds}</translation>
        </message>
        <message>
            <source>the same settings again (this model has no seed)</source>
            <translation>di nuovo le stesse impostazioni (questo modello non ha seed)</translation>
        </message>
        <message>
            <source>×{n} variations</source>
            <translation>×{n} variazioni</translation>
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
            <translation>Aggiungi la tua chiave API di RunComfy</translation>
        </message>
        <message>
            <source>Add your RunComfy key…</source>
            <translation>Aggiungi la chiave RunComfy…</translation>
        </message>
        <message>
            <source>Change your RunComfy API key</source>
            <translation>Cambia la tua chiave API di RunComfy</translation>
        </message>
        <message>
            <source>Change your RunComfy key…</source>
            <translation>Cambia la chiave RunComfy…</translation>
        </message>
        <message>
            <source>Choose a model first, then pick a sample.</source>
            <translation>Scegli prima un modello, poi un esempio.</translation>
        </message>
        <message>
            <source>Close the welcome</source>
            <translation>Chiudi il benvenuto</translation>
        </message>
        <message>
            <source>Close the welcome (Help → Show welcome brings it back)</source>
            <translation>Chiudi il benvenuto (Aiuto → Mostra il benvenuto lo riapre)</translation>
        </message>
        <message>
            <source>Generate makes &lt;b&gt;real AI clips&lt;/b&gt; on RunComfy, paid per clip.</source>
            <translation>Genera crea &lt;b&gt;vere clip con l'IA&lt;/b&gt; su RunComfy, pagate per clip.</translation>
        </message>
        <message>
            <source>Sample frames</source>
            <translation>Fotogrammi di esempio</translation>
        </message>
        <message>
            <source>Storyreel turns still pictures into short video clips. Put a picture in the first frame box, describe the motion in the prompt, and press Generate.</source>
            <translation>Storyreel trasforma immagini fisse in brevi clip video. Metti un'immagine nel riquadro del fotogramma iniziale, descrivi il movimento nel prompt e premi Genera.</translation>
        </message>
        <message>
            <source>The sample “{title}” could not be copied to {folder}: {error}</source>
            <translation>Impossibile copiare l'esempio «{title}» in {folder}: {error}</translation>
        </message>
        <message>
            <source>Try a sample:</source>
            <translation>Prova un esempio:</translation>
        </message>
        <message>
            <source>Until you add a RunComfy API key, it runs on the free &lt;b&gt;offline preview&lt;/b&gt;: local motion sketches made from your frames (camera moves and transitions), &lt;b&gt;not AI generation&lt;/b&gt;.</source>
            <translation>Finché non aggiungi una chiave API di RunComfy, funziona con l'&lt;b&gt;anteprima offline&lt;/b&gt; gratuita: bozze di movimento locali create dai tuoi fotogrammi (movimenti di camera e transizioni), &lt;b&gt;non generazione IA&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Welcome to Storyreel</source>
            <translation>Benvenuto in Storyreel</translation>
        </message>
        <message>
            <source>Without a RunComfy API key, Generate makes free &lt;b&gt;offline previews&lt;/b&gt;: motion sketches from your frames, &lt;b&gt;not AI generation&lt;/b&gt;.</source>
            <translation>Senza una chiave API RunComfy, Genera crea &lt;b&gt;anteprime offline&lt;/b&gt; gratuite: bozze di movimento dai tuoi fotogrammi, &lt;b&gt;non generazione con l'IA&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Your RunComfy API key is set, so Generate makes &lt;b&gt;real AI clips&lt;/b&gt; with Seedance and Dreamina on RunComfy, paid per clip. The free offline preview (motion sketches, not AI generation) is one click away in the toolbar.</source>
            <translation>La tua chiave API di RunComfy è impostata: Genera crea &lt;b&gt;vere clip IA&lt;/b&gt; con Seedance e Dreamina su RunComfy, a pagamento per clip. L'anteprima offline gratuita (bozze di movimento, non generazione IA) è a un clic nella barra degli strumenti.</translation>
        </message>
        <message>
            <source>Your key is on runcomfy.com, under {place}.</source>
            <translation>La tua chiave è su runcomfy.com, in {place}.</translation>
        </message>
        <message>
            <source>“{title}” is being made: it plays in the player as soon as it is done.</source>
            <translation>«{title}» è in preparazione: parte nel lettore appena è pronto.</translation>
        </message>
        <message>
            <source>“{title}” is in the panel. Press Generate to see it move.</source>
            <translation>«{title}» è nel pannello. Premi Genera per vederlo in movimento.</translation>
        </message>
        <message>
            <source>“{title}” is made: it is playing in the player. Try another sample, or drop a picture of your own into the panel.</source>
            <translation>«{title}» è pronto: è in riproduzione nel lettore. Prova un altro esempio o rilascia una tua immagine nel pannello.</translation>
        </message>
        <message>
            <source>“{title}” was not made: the queue says why.</source>
            <translation>«{title}» non è stato creato: la coda dice perché.</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;About Storyreel</source>
            <translation>&amp;Informazioni su Storyreel</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Modifica</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;Cronologia…</translation>
        </message>
        <message>
            <source>&amp;Paste image</source>
            <translation>&amp;Incolla immagine</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>Impo&amp;stazioni…</translation>
        </message>
        <message>
            <source>&amp;Single shot</source>
            <translation>&amp;Inquadratura singola</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visualizza</translation>
        </message>
        <message>
            <source>About Storyreel</source>
            <translation>Informazioni su Storyreel</translation>
        </message>
        <message>
            <source>Click a frame box first, then paste the image into it.</source>
            <translation>Fai prima clic su un riquadro del fotogramma, poi incollaci l'immagine.</translation>
        </message>
        <message>
            <source>Copy &amp;diagnostics</source>
            <translation>Copia &amp;diagnostica</translation>
        </message>
        <message>
            <source>Diagnostics copied to the clipboard (without your API key).</source>
            <translation>Diagnostica copiata negli appunti (senza la tua chiave API).</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra degli strumenti principale</translation>
        </message>
        <message>
            <source>Open o&amp;utput folder</source>
            <translation>Apri la cartella dei vi&amp;deo</translation>
        </message>
        <message>
            <source>Paste an image into the focused frame box</source>
            <translation>Incolla un'immagine nel riquadro del fotogramma attivo</translation>
        </message>
        <message>
            <source>Re&amp;fresh models</source>
            <translation>Aggi&amp;orna modelli</translation>
        </message>
        <message>
            <source>Read RunComfy's list of models now.</source>
            <translation>Leggi adesso l'elenco dei modelli di RunComfy.</translation>
        </message>
        <message>
            <source>S&amp;pending…</source>
            <translation>&amp;Spese…</translation>
        </message>
        <message>
            <source>S&amp;toryboard</source>
            <translation>S&amp;toryboard</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Impostazioni</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Impostazioni…</translation>
        </message>
        <message>
            <source>Show &amp;welcome</source>
            <translation>Mostra il &amp;benvenuto</translation>
        </message>
        <message>
            <source>Storyreel {version}</source>
            <translation>Storyreel {version}</translation>
        </message>
        <message>
            <source>The library folder {path} cannot be created: {error}</source>
            <translation>Impossibile creare la cartella della libreria {path}: {error}</translation>
        </message>
        <message>
            <source>Turns still frames into video clips with ByteDance's Seedance and Dreamina models on RunComfy's Model API. The offline preview makes free local motion sketches, not AI generation.</source>
            <translation>Trasforma fotogrammi fissi in clip video con i modelli Seedance e Dreamina di ByteDance tramite la Model API di RunComfy. L'anteprima offline crea bozze di movimento locali e gratuite, non generazione IA.</translation>
        </message>
    </context>
    <context>
        <name>_ComboChoice</name>
        <message>
            <source>Not set</source>
            <translation>Non impostato</translation>
        </message>
    </context>
</TS>
