<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
    <context>
        <name>AudioPlayer</name>
        <message>
            <source>Pause</source>
            <translation>일시 정지</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>재생</translation>
        </message>
        <message>
            <source>Play or pause the clip</source>
            <translation>클립 재생 또는 일시 정지</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>재생 위치</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>시간</translation>
        </message>
    </context>
    <context>
        <name>BalanceLabel</name>
        <message>
            <source>Balance unavailable</source>
            <translation>잔액을 알 수 없음</translation>
        </message>
        <message>
            <source>Balance: {amount}</source>
            <translation>잔액: {amount}</translation>
        </message>
        <message>
            <source>RunComfy balance</source>
            <translation>RunComfy 잔액</translation>
        </message>
        <message>
            <source>RunComfy's balance could not be read just now. It is read again after the next finished job.</source>
            <translation>지금은 RunComfy 잔액을 읽을 수 없습니다. 다음 작업이 끝나면 다시 읽습니다.</translation>
        </message>
        <message>
            <source>Your RunComfy balance, read again after each finished job.</source>
            <translation>RunComfy 잔액입니다. 작업이 끝날 때마다 다시 읽습니다.</translation>
        </message>
    </context>
    <context>
        <name>BoardEditing</name>
        <message numerus="yes">
            <source>%n frames added.</source>
            <translation>
                <numerusform>프레임 %n개를 추가했습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots now use {model}.</source>
            <translation>
                <numerusform>샷 %n개가 이제 {model}을(를) 사용합니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add frames</source>
            <translation>프레임 추가</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>모든 파일 (*)</translation>
        </message>
        <message>
            <source>Apply settings and prompt to all shots</source>
            <translation>설정과 프롬프트를 모든 샷에 적용</translation>
        </message>
        <message>
            <source>Apply settings to all shots</source>
            <translation>설정을 모든 샷에 적용</translation>
        </message>
        <message>
            <source>Change the model of shot {n}</source>
            <translation>샷 {n}의 모델 변경</translation>
        </message>
        <message>
            <source>Change the settings of shot {n}</source>
            <translation>샷 {n}의 설정 변경</translation>
        </message>
        <message>
            <source>Cut one clip per frame</source>
            <translation>프레임마다 클립 하나로 나누기</translation>
        </message>
        <message>
            <source>Cut one clip per pair of frames</source>
            <translation>프레임 두 개마다 클립 하나로 나누기</translation>
        </message>
        <message>
            <source>Duplicate frame {n}</source>
            <translation>프레임 {n} 복제</translation>
        </message>
        <message>
            <source>Edit the prompt of shot {n}</source>
            <translation>샷 {n}의 프롬프트 편집</translation>
        </message>
        <message>
            <source>Frame {n} ({name}) removed.</source>
            <translation>프레임 {n}({name})을(를) 제거했습니다.</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</source>
            <translation>이미지 (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Left out {names}: not image files (PNG, JPEG, WebP, BMP, GIF or TIFF).</source>
            <translation>{names}은(는) 제외했습니다: 이미지 파일(PNG, JPEG, WebP, BMP, GIF, TIFF)이 아닙니다.</translation>
        </message>
        <message>
            <source>No images were found in the dropped folder.</source>
            <translation>놓은 폴더에서 이미지를 찾지 못했습니다.</translation>
        </message>
        <message>
            <source>Remove frame {n}</source>
            <translation>프레임 {n} 제거</translation>
        </message>
        <message numerus="yes">
            <source>Shots {numbers} took the prompt and settings of the shot that began on the same frame.</source>
            <translation>
                <numerusform>샷 {numbers}은(는) 같은 프레임에서 시작한 샷의 프롬프트와 설정을 이어받았습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>The clipboard holds no image files: copy them in your file manager, or drop them on the strip.</source>
            <translation>클립보드에 이미지 파일이 없습니다. 파일 관리자에서 복사하거나 스트립에 끌어다 놓으세요.</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>{model} 사용</translation>
        </message>
        <message numerus="yes">
            <source>{model} and these settings now apply to all %n shots; each keeps its prompt.</source>
            <translation>
                <numerusform>{model}과(와) 이 설정이 이제 샷 %n개 모두에 적용됩니다. 각 샷의 프롬프트는 유지됩니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{model}, these settings and this prompt now apply to all %n shots.</source>
            <translation>
                <numerusform>{model}, 이 설정과 프롬프트가 이제 샷 %n개 모두에 적용됩니다.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardSync</name>
        <message numerus="yes">
            <source>%n frames</source>
            <translation>
                <numerusform>프레임 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots</source>
            <translation>
                <numerusform>샷 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>One clip per frame instead</source>
            <translation>대신 프레임마다 클립 하나</translation>
        </message>
        <message>
            <source>Select a shot to see its settings.</source>
            <translation>샷을 선택하면 설정이 표시됩니다.</translation>
        </message>
        <message>
            <source>Shot {n} of {count} · {frames}</source>
            <translation>샷 {n}/{count} · {frames}</translation>
        </message>
        <message>
            <source>Takes ({n})…</source>
            <translation>테이크 ({n})…</translation>
        </message>
        <message>
            <source>Takes…</source>
            <translation>테이크…</translation>
        </message>
        <message>
            <source>This storyboard has no file yet: Save gives it one.</source>
            <translation>이 스토리보드에는 아직 파일이 없습니다. 저장하면 파일이 생깁니다.</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>{model} 사용</translation>
        </message>
        <message>
            <source>frame {n}</source>
            <translation>프레임 {n}</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>아직 저장 안 됨</translation>
        </message>
        <message>
            <source>saved</source>
            <translation>저장됨</translation>
        </message>
        <message>
            <source>saving…</source>
            <translation>저장 중…</translation>
        </message>
        <message>
            <source>{done} of {shots} rendered</source>
            <translation>{shots}개 중 {done}개 렌더링됨</translation>
        </message>
        <message>
            <source>{message} One clip per pair of frames goes from a first frame to a last frame, so consecutive clips meet where the frames meet (shots {numbers}).</source>
            <translation>{message} 프레임 두 개마다 클립 하나로 나누면 각 클립이 첫 프레임에서 마지막 프레임으로 이어지므로, 연속된 클립이 프레임이 만나는 곳에서 이어집니다(샷 {numbers}).</translation>
        </message>
        <message>
            <source>{s} s</source>
            <translation>{s}초</translation>
        </message>
    </context>
    <context>
        <name>BoardTakes</name>
        <message>
            <source>No takes yet: generate this shot, or ask for variations.</source>
            <translation>아직 테이크가 없습니다. 이 샷을 생성하거나 변형을 요청하세요.</translation>
        </message>
        <message>
            <source>Takes of shot {n}</source>
            <translation>샷 {n}의 테이크</translation>
        </message>
        <message>
            <source>The sequence now plays this take.</source>
            <translation>이제 시퀀스가 이 테이크를 재생합니다.</translation>
        </message>
    </context>
    <context>
        <name>CapFields</name>
        <message>
            <source>A paid job that would pass a cap is not sent: Storyreel asks you first. Free previews never count.</source>
            <translation>한도를 넘게 될 유료 작업은 보내지 않고 먼저 물어봅니다. 무료 미리보기는 계산에 넣지 않습니다.</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>하루</translation>
        </message>
        <message>
            <source>Per storyboard render</source>
            <translation>스토리보드 렌더링당</translation>
        </message>
        <message>
            <source>Spending caps</source>
            <translation>지출 한도</translation>
        </message>
    </context>
    <context>
        <name>CompareCanvas</name>
        <message>
            <source>The two takes</source>
            <translation>두 테이크</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare takes</source>
            <translation>테이크 비교</translation>
        </message>
        <message>
            <source>Frame ▶</source>
            <translation>프레임 ▶</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>일시 정지</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>재생</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>재생 위치</translation>
        </message>
        <message>
            <source>Show the takes one over the other, split by a line</source>
            <translation>두 테이크를 겹쳐 선으로 나누어 보여 줍니다</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>나란히</translation>
        </message>
        <message>
            <source>Wipe</source>
            <translation>와이프</translation>
        </message>
        <message>
            <source>Wipe line</source>
            <translation>와이프 선</translation>
        </message>
        <message>
            <source>◀ Frame</source>
            <translation>◀ 프레임</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>Fetching the image was cancelled.</source>
            <translation>이미지 가져오기를 취소했습니다.</translation>
        </message>
        <message>
            <source>RunComfy could not be reached, so the key is not checked yet: {reason}</source>
            <translation>RunComfy에 연결할 수 없어 아직 키를 확인하지 못했습니다: {reason}</translation>
        </message>
        <message>
            <source>RunComfy refused this key: it may be mistyped, expired or revoked. Copy it again from your RunComfy profile.</source>
            <translation>RunComfy가 이 키를 거부했습니다. 잘못 입력했거나 만료 또는 폐기되었을 수 있습니다. RunComfy 프로필에서 다시 복사하세요.</translation>
        </message>
        <message>
            <source>RunComfy's list of models is up to date.</source>
            <translation>RunComfy 모델 목록이 최신 상태입니다.</translation>
        </message>
        <message>
            <source>Some of its models cannot be offered; the reasons are in the log (Help → Copy diagnostics).</source>
            <translation>일부 모델은 제공할 수 없습니다. 이유는 로그에 있습니다(도움말 → 진단 정보 복사).</translation>
        </message>
        <message>
            <source>Some unfinished jobs cannot be followed yet: {reason}</source>
            <translation>끝나지 않은 일부 작업을 아직 추적할 수 없습니다: {reason}</translation>
        </message>
        <message>
            <source>Something went wrong: {error}. The details are in the log (Help → Copy diagnostics).</source>
            <translation>문제가 발생했습니다: {error}. 자세한 내용은 로그에 있습니다(도움말 → 진단 정보 복사).</translation>
        </message>
        <message>
            <source>Storyreel is still starting: try again in a moment.</source>
            <translation>Storyreel이 아직 시작 중입니다. 잠시 후 다시 시도하세요.</translation>
        </message>
        <message>
            <source>The key could not be checked: {reason}</source>
            <translation>키를 확인하지 못했습니다: {reason}</translation>
        </message>
        <message>
            <source>The key works: RunComfy accepted it.</source>
            <translation>키가 정상입니다. RunComfy가 수락했습니다.</translation>
        </message>
        <message>
            <source>This job could not be cancelled: it has already started generating, and only jobs still waiting in the queue can be cancelled.</source>
            <translation>이 작업은 취소할 수 없습니다. 이미 생성이 시작되었으며, 대기열에서 기다리는 작업만 취소할 수 있습니다.</translation>
        </message>
        <message>
            <source>Unfinished jobs could not be picked up: the details are in the log (Help → Copy diagnostics).</source>
            <translation>끝나지 않은 작업을 이어받지 못했습니다. 자세한 내용은 로그에 있습니다(도움말 → 진단 정보 복사).</translation>
        </message>
        <message>
            <source>{problem} The models known before are offered.</source>
            <translation>{problem} 이전에 알고 있던 모델을 제공합니다.</translation>
        </message>
    </context>
    <context>
        <name>DocumentFlow</name>
        <message numerus="yes">
            <source>%n shots picked up clips that finished while it was closed.</source>
            <translation>
                <numerusform>닫혀 있는 동안 완료된 클립을 샷 %n개가 받았습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>A new, empty storyboard: drop frames on the strip to begin.</source>
            <translation>새 빈 스토리보드: 스트립에 프레임을 놓아 시작하세요.</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>모든 파일 (*)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>저장 안 함</translation>
        </message>
        <message numerus="yes">
            <source>It has %n frames. Save it to keep its frames, settings and clips together; its rendered clips stay in your library either way.</source>
            <translation>
                <numerusform>프레임이 %n개 있습니다. 저장하면 프레임, 설정, 클립이 함께 보관됩니다. 렌더링된 클립은 어느 쪽이든 라이브러리에 남습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open storyboard</source>
            <translation>스토리보드 열기</translation>
        </message>
        <message>
            <source>Opened {name}.</source>
            <translation>{name}을(를) 열었습니다.</translation>
        </message>
        <message>
            <source>Save storyboard as</source>
            <translation>스토리보드를 다른 이름으로 저장</translation>
        </message>
        <message>
            <source>Save the storyboard?</source>
            <translation>스토리보드를 저장할까요?</translation>
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation>{path}에 저장했습니다.</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>저장…</translation>
        </message>
        <message>
            <source>Storyboards (*.storyboard.json *.json)</source>
            <translation>스토리보드 (*.storyboard.json *.json)</translation>
        </message>
        <message>
            <source>Storyboards (*.storyboard.json)</source>
            <translation>스토리보드 (*.storyboard.json)</translation>
        </message>
        <message numerus="yes">
            <source>The image files of frames {numbers} are missing.</source>
            <translation>
                <numerusform>프레임 {numbers}의 이미지 파일이 없습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>The storyboard could not be saved to {path}: {error}</source>
            <translation>스토리보드를 {path}에 저장하지 못했습니다: {error}</translation>
        </message>
        <message>
            <source>The storyboard is not saved in a file yet.</source>
            <translation>스토리보드가 아직 파일로 저장되지 않았습니다.</translation>
        </message>
        <message>
            <source>The storyboard {path} cannot be opened: {error}</source>
            <translation>스토리보드 {path}을(를) 열 수 없습니다: {error}</translation>
        </message>
    </context>
    <context>
        <name>DropZone</name>
        <message>
            <source>All files (*)</source>
            <translation>모든 파일 (*)</translation>
        </message>
        <message>
            <source>Bring back the image that was here before.</source>
            <translation>이전에 있던 이미지를 되돌립니다.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>확인 중…</translation>
        </message>
        <message>
            <source>Choose {subject}</source>
            <translation>{subject} 선택</translation>
        </message>
        <message>
            <source>Drop zone for {subject}</source>
            <translation>{subject} 놓기 영역</translation>
        </message>
        <message>
            <source>Drop {subject} here · or click to choose · Ctrl+V to paste</source>
            <translation>{subject}을(를) 여기에 놓기 · 클릭해서 선택 · Ctrl+V로 붙여넣기</translation>
        </message>
        <message>
            <source>Fetching {name}…</source>
            <translation>{name} 가져오는 중…</translation>
        </message>
        <message>
            <source>Frame…</source>
            <translation>프레이밍…</translation>
        </message>
        <message>
            <source>Frame…: choose the part of the picture the shot keeps, at the shot's aspect ratio.</source>
            <translation>프레이밍…: 샷의 화면 비율에 맞춰 샷에 남길 그림 부분을 고릅니다.</translation>
        </message>
        <message>
            <source>Hide the rules</source>
            <translation>규칙 숨기기</translation>
        </message>
        <message>
            <source>Images ({patterns})</source>
            <translation>이미지 ({patterns})</translation>
        </message>
        <message>
            <source>No preview</source>
            <translation>미리보기 없음</translation>
        </message>
        <message>
            <source>Only one image fits here; the first of the {count} was used.</source>
            <translation>여기에는 이미지 하나만 들어갑니다. {count}개 중 첫 번째를 사용했습니다.</translation>
        </message>
        <message>
            <source>Remove image</source>
            <translation>이미지 제거</translation>
        </message>
        <message>
            <source>Remove this image (Delete)</source>
            <translation>이 이미지 제거(Delete)</translation>
        </message>
        <message>
            <source>Restore previous</source>
            <translation>이전 이미지 복원</translation>
        </message>
        <message>
            <source>Show every rule this image was checked against</source>
            <translation>이 이미지를 확인한 모든 규칙을 보여 줍니다</translation>
        </message>
        <message>
            <source>Show the rules</source>
            <translation>규칙 보기</translation>
        </message>
        <message>
            <source>The clipboard holds no image, image file or image URL.</source>
            <translation>클립보드에 이미지, 이미지 파일 또는 이미지 URL이 없습니다.</translation>
        </message>
        <message>
            <source>an image</source>
            <translation>이미지</translation>
        </message>
        <message>
            <source>{name} cannot be read ({error}).</source>
            <translation>{name}을(를) 읽을 수 없습니다({error}).</translation>
        </message>
    </context>
    <context>
        <name>EngineChoice</name>
        <message>
            <source>Add your RunComfy API key in Settings to generate with RunComfy.</source>
            <translation>RunComfy로 생성하려면 설정에서 RunComfy API 키를 추가하세요.</translation>
        </message>
    </context>
    <context>
        <name>EngineSwitch</name>
        <message>
            <source>Engine</source>
            <translation>엔진</translation>
        </message>
        <message>
            <source>Engine:</source>
            <translation>엔진:</translation>
        </message>
        <message>
            <source>Free local motion sketches from your frames: not AI generation.</source>
            <translation>내 프레임으로 만드는 무료 로컬 모션 스케치: AI 생성이 아닙니다.</translation>
        </message>
        <message>
            <source>Offline preview</source>
            <translation>오프라인 미리보기</translation>
        </message>
        <message>
            <source>Real generation with Seedance and Dreamina on RunComfy: paid per clip.</source>
            <translation>RunComfy에서 Seedance·Dreamina로 실제 생성: 클립마다 요금이 부과됩니다.</translation>
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
            <translation> {seconds}초 기다려 달라고 요청했습니다.</translation>
        </message>
        <message>
            <source> RunComfy said: {message}</source>
            <translation> RunComfy 응답: {message}</translation>
        </message>
        <message>
            <source>'{request}' is not a valid RunComfy request id: request ids are 1 to 128 letters, digits, '-' or '_'.</source>
            <translation>'{request}'은(는) 올바른 RunComfy 요청 ID가 아닙니다. 요청 ID는 1~128자의 문자, 숫자, '-' 또는 '_'입니다.</translation>
        </message>
        <message>
            <source>'{text}' is not a date: write it as year-month-day, for example 2026-03-31.</source>
            <translation>'{text}'은(는) 날짜가 아닙니다. 연-월-일 형식으로 쓰세요(예: 2026-03-31).</translation>
        </message>
        <message>
            <source>'{text}' is not a job state; choose from {known}.</source>
            <translation>'{text}'은(는) 작업 상태가 아닙니다. {known} 중에서 고르세요.</translation>
        </message>
        <message>
            <source>1 entry given; at least {low} needed.</source>
            <translation>항목 1개를 넣었습니다. 최소 {low}개가 필요합니다.</translation>
        </message>
        <message>
            <source>1 entry given; at most {high} allowed.</source>
            <translation>항목 1개를 넣었습니다. 최대 {high}개까지 허용됩니다.</translation>
        </message>
        <message>
            <source>Another Storyreel is following this job: retry its download there, or close that Storyreel first.</source>
            <translation>다른 Storyreel이 이 작업을 따라가고 있습니다. 그쪽에서 다운로드를 다시 시도하거나 먼저 그 Storyreel을 닫으세요.</translation>
        </message>
        <message>
            <source>Another Storyreel took this job over while this one was not responding; it follows the job from now on.</source>
            <translation>이 Storyreel이 응답하지 않는 동안 다른 Storyreel이 이 작업을 넘겨받았습니다. 이제부터 그쪽에서 작업을 따라갑니다.</translation>
        </message>
        <message>
            <source>Cancelling request {request}</source>
            <translation>요청 {request} 취소</translation>
        </message>
        <message>
            <source>Checking request {request}</source>
            <translation>요청 {request} 확인</translation>
        </message>
        <message>
            <source>Could not connect to fetch {url}: {reason}.</source>
            <translation>{url}을(를) 가져오기 위해 연결할 수 없습니다: {reason}.</translation>
        </message>
        <message>
            <source>Could not save {url} in {folder}: {reason}.</source>
            <translation>{url}을(를) {folder}에 저장할 수 없습니다: {reason}.</translation>
        </message>
        <message>
            <source>Entry number {number} of RunComfy's catalogue has no usable model id; it is left out.</source>
            <translation>RunComfy 카탈로그의 {number}번 항목에 사용할 수 있는 모델 ID가 없어 제외됩니다.</translation>
        </message>
        <message>
            <source>Entry number {number} of RunComfy's catalogue is not a model description; it is left out.</source>
            <translation>RunComfy 카탈로그의 {number}번 항목은 모델 설명이 아니므로 제외됩니다.</translation>
        </message>
        <message>
            <source>Entry {name} of RunComfy's catalogue has no usable model id; it is left out.</source>
            <translation>RunComfy 카탈로그의 항목 {name}에 사용할 수 있는 모델 ID가 없어 제외됩니다.</translation>
        </message>
        <message>
            <source>Expected a value of type {type}.</source>
            <translation>{type} 형식의 값이 필요합니다.</translation>
        </message>
        <message>
            <source>Expected {wanted}.</source>
            <translation>{wanted}이(가) 필요합니다.</translation>
        </message>
        <message>
            <source>Fetching {url} failed: {reason}.</source>
            <translation>{url}을(를) 가져오지 못했습니다: {reason}.</translation>
        </message>
        <message>
            <source>Fetching {url} took longer than {seconds} s, so Storyreel stopped. The server may be very slow: try again later, or save the image and use the file.</source>
            <translation>{url}을(를) 가져오는 데 {seconds}초 넘게 걸려 Storyreel이 중단했습니다. 서버가 매우 느릴 수 있습니다. 나중에 다시 시도하거나 이미지를 저장한 뒤 파일을 사용하세요.</translation>
        </message>
        <message>
            <source>Frame {number} ({name})</source>
            <translation>프레임 {number}({name})</translation>
        </message>
        <message>
            <source>Free local preview: a motion sketch from your frames, not AI generation.</source>
            <translation>무료 로컬 미리보기: 프레임으로 만든 모션 스케치이며 AI 생성이 아닙니다.</translation>
        </message>
        <message>
            <source>Its choices are not all of one type ({kind}); each choice is sent exactly as the schema lists it.</source>
            <translation>선택지의 형식이 모두 같지는 않으므로({kind}) 각 선택지는 스키마에 나열된 그대로 전송됩니다.</translation>
        </message>
        <message>
            <source>Its choices are not all of one type; each choice is sent exactly as the schema lists it.</source>
            <translation>선택지의 형식이 모두 같지는 않으므로 각 선택지는 스키마에 나열된 그대로 전송됩니다.</translation>
        </message>
        <message>
            <source>Its choices are not plain values; the value is typed as JSON.</source>
            <translation>선택지가 단순한 값이 아니므로 값을 JSON으로 입력합니다.</translation>
        </message>
        <message>
            <source>Its default does not fit its own schema; it is left unset.</source>
            <translation>기본값이 자체 스키마에 맞지 않으므로 설정하지 않습니다.</translation>
        </message>
        <message>
            <source>Its default {default} breaks its own limits ({limits}); it is left unset.</source>
            <translation>기본값 {default}이(가) 자체 제한({limits})을 벗어나므로 설정하지 않습니다.</translation>
        </message>
        <message>
            <source>Its default {default} is given as a number; the choice {choice} is used.</source>
            <translation>기본값 {default}이(가) 숫자로 지정되어 있어 선택지 {choice}을(를) 사용합니다.</translation>
        </message>
        <message>
            <source>Its default {default} is not a number; it is left unset.</source>
            <translation>기본값 {default}이(가) 숫자가 아니므로 설정하지 않습니다.</translation>
        </message>
        <message>
            <source>Its default {default} is not a whole number; it is left unset.</source>
            <translation>기본값 {default}이(가) 정수가 아니므로 설정하지 않습니다.</translation>
        </message>
        <message>
            <source>Its default {default} is not one of its choices; none is preselected.</source>
            <translation>기본값 {default}이(가) 선택지에 없으므로 미리 선택된 항목이 없습니다.</translation>
        </message>
        <message>
            <source>Its schema gives no type; the value is typed as JSON.</source>
            <translation>스키마에 형식이 지정되지 않아 값을 JSON으로 입력합니다.</translation>
        </message>
        <message>
            <source>Its schema gives the type {type}; the value is typed as JSON.</source>
            <translation>스키마에 지정된 형식이 {type}이므로 값을 JSON으로 입력합니다.</translation>
        </message>
        <message>
            <source>Job {job} is not being followed in this session: resume it first.</source>
            <translation>이번 실행에서는 작업 {job}을(를) 추적하고 있지 않습니다. 먼저 작업을 재개하세요.</translation>
        </message>
        <message>
            <source>Job {job} is not in the job database.</source>
            <translation>작업 {job}이(가) 작업 데이터베이스에 없습니다.</translation>
        </message>
        <message>
            <source>Job {name} is followed by {holder}: this one leaves it to that one; nothing is lost.</source>
            <translation>작업 {name}은(는) {holder}에서 따라가고 있습니다. 여기서는 그쪽에 맡기며, 잃는 것은 없습니다.</translation>
        </message>
        <message>
            <source>Job {name} is followed by {holder}: this window takes it over if that one stops.</source>
            <translation>작업 {name}은(는) {holder}에서 따라가고 있습니다. 그쪽이 멈추면 이 창이 넘겨받습니다.</translation>
        </message>
        <message>
            <source>Model file</source>
            <translation>모델 파일</translation>
        </message>
        <message>
            <source>No RunComfy API key is set for {base}. Add one in Settings (or with `storyreel login --api-base {base}`, or the RUNCOMFY_API_TOKEN environment variable), or use the free offline preview.</source>
            <translation>{base}에 대한 RunComfy API 키가 설정되지 않았습니다. 설정에서 추가하거나(또는 `storyreel login --api-base {base}`나 환경 변수 RUNCOMFY_API_TOKEN 사용) 무료 오프라인 미리보기를 사용하세요.</translation>
        </message>
        <message>
            <source>No RunComfy API key is set. Add one in Settings (or with `storyreel login`, or the RUNCOMFY_API_TOKEN environment variable), or use the free offline preview.</source>
            <translation>RunComfy API 키가 설정되지 않았습니다. 설정에서 추가하거나(또는 `storyreel login`이나 환경 변수 RUNCOMFY_API_TOKEN 사용) 무료 오프라인 미리보기를 사용하세요.</translation>
        </message>
        <message>
            <source>No RunComfy API key is set: add one in Settings.</source>
            <translation>RunComfy API 키가 설정되지 않았습니다. 설정에서 추가하세요.</translation>
        </message>
        <message>
            <source>Not sent: Storyreel closed before this job was sent. Nothing was charged; use Retry to send it.</source>
            <translation>보내지 않음: 이 작업을 보내기 전에 Storyreel이 종료되었습니다. 요금은 청구되지 않았습니다. '다시 시도'로 보내세요.</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <translation>보내지 않음: {reason}</translation>
        </message>
        <message>
            <source>Only http and https URLs can be used, not {scheme}.</source>
            <translation>http 및 https URL만 사용할 수 있으며 {scheme}은(는) 사용할 수 없습니다.</translation>
        </message>
        <message>
            <source>Reading RunComfy's list of models</source>
            <translation>RunComfy 모델 목록 읽기</translation>
        </message>
        <message>
            <source>Reading RunComfy's list of models: an answer came without a list of models.</source>
            <translation>RunComfy 모델 목록 읽기: 모델 목록이 없는 응답을 받았습니다.</translation>
        </message>
        <message>
            <source>Reading the account balance</source>
            <translation>계정 잔액 읽기</translation>
        </message>
        <message>
            <source>Reading the price of {model}</source>
            <translation>{model} 가격 읽기</translation>
        </message>
        <message>
            <source>Reading the result of request {request}</source>
            <translation>요청 {request}의 결과 읽기</translation>
        </message>
        <message>
            <source>Rendering these {shots} shots would cost {amount}, more than your cap of {cap} per storyboard render. Nothing was sent. Raise the cap in Settings to render them, or render fewer shots.</source>
            <translation>이 {shots}개 샷을 렌더링하면 {amount}이(가) 들어 스토리보드 렌더링당 한도 {cap}을(를) 넘습니다. 아무것도 보내지 않았습니다. 렌더링하려면 설정에서 한도를 올리거나 샷 수를 줄이세요.</translation>
        </message>
        <message>
            <source>Request {request} has been generating for {ran}, much longer than the usual {usual}. Storyreel keeps waiting for it; it is not cancelled.</source>
            <translation>요청 {request}이(가) {ran} 동안 생성 중이며, 평소의 {usual}보다 훨씬 깁니다. Storyreel은 계속 기다리며 취소하지 않습니다.</translation>
        </message>
        <message>
            <source>Request {request} was reported done with no output file.</source>
            <translation>요청 {request}이(가) 출력 파일 없이 완료로 보고되었습니다.</translation>
        </message>
        <message>
            <source>RunComfy could not make this video: {reason}</source>
            <translation>RunComfy가 이 동영상을 만들 수 없었습니다: {reason}</translation>
        </message>
        <message>
            <source>RunComfy gave no reason.</source>
            <translation>RunComfy가 이유를 알려 주지 않았습니다.</translation>
        </message>
        <message>
            <source>RunComfy's list of models could not be read: {reason}</source>
            <translation>RunComfy 모델 목록을 읽을 수 없습니다: {reason}</translation>
        </message>
        <message>
            <source>Sending the job</source>
            <translation>작업 보내기</translation>
        </message>
        <message>
            <source>Shot {number} has neither a clip nor a frame to hold.</source>
            <translation>샷 {number}에는 클립도 정지 프레임으로 쓸 프레임도 없습니다.</translation>
        </message>
        <message>
            <source>Shot {number} is already rendered from these inputs: {name}.</source>
            <translation>샷 {number}은(는) 이 입력으로 이미 렌더링되었습니다: {name}.</translation>
        </message>
        <message>
            <source>Shot {number} is already under way as {request}.</source>
            <translation>샷 {number}은(는) 이미 {request}(으)로 진행 중입니다.</translation>
        </message>
        <message>
            <source>Shot {number} is rendered: {name}.</source>
            <translation>샷 {number} 렌더링 완료: {name}.</translation>
        </message>
        <message>
            <source>Shot {number} is still under way ({problem}); it is picked up when the board is opened again.</source>
            <translation>샷 {number}은(는) 아직 진행 중입니다({problem}). 스토리보드를 다시 열면 이어서 처리합니다.</translation>
        </message>
        <message>
            <source>Shot {number} sent as {request}.</source>
            <translation>샷 {number}을(를) {request}(으)로 보냈습니다.</translation>
        </message>
        <message>
            <source>Shot {number} was not sent again: its last submission is uncertain. Check your generation history on RunComfy, then render this shot on its own to send it again.</source>
            <translation>샷 {number}을(를) 다시 보내지 않았습니다. 마지막 제출 여부가 불확실합니다. RunComfy의 생성 기록을 확인한 뒤 이 샷만 따로 렌더링해 다시 보내세요.</translation>
        </message>
        <message>
            <source>Shot {number} was not sent: {reason}</source>
            <translation>샷 {number}을(를) 보내지 않았습니다: {reason}</translation>
        </message>
        <message>
            <source>Shot {number}: a held frame needs a length above 0 s, not {length}.</source>
            <translation>샷 {number}: 정지 프레임의 길이는 0초보다 커야 하지만 {length}입니다.</translation>
        </message>
        <message>
            <source>Shot {number}: its clip could not be trimmed: {reason}</source>
            <translation>샷 {number}: 클립을 트리밍하지 못했습니다: {reason}</translation>
        </message>
        <message>
            <source>Shot {number}: the frame {path} to hold does not exist.</source>
            <translation>샷 {number}: 정지 프레임으로 쓸 {path}이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Shot {number}: {field}: {problem}</source>
            <translation>샷 {number}: {field}: {problem}</translation>
        </message>
        <message>
            <source>Shot {number}: {problem}</source>
            <translation>샷 {number}: {problem}</translation>
        </message>
        <message>
            <source>Shot {number}: {reason}</source>
            <translation>샷 {number}: {reason}</translation>
        </message>
        <message>
            <source>Shot {number}: {state}: {reason}</source>
            <translation>샷 {number}: {state}: {reason}</translation>
        </message>
        <message>
            <source>Storyreel cannot tell whether RunComfy received this job: the answer to the submission was lost. Check your generation history on RunComfy (Library → Generations) before trying again, so that you are not charged twice. Storyreel will not send it again by itself.</source>
            <translation>Storyreel은 RunComfy가 이 작업을 받았는지 알 수 없습니다. 제출에 대한 응답이 유실되었습니다. 요금이 두 번 부과되지 않도록 다시 시도하기 전에 RunComfy의 생성 기록(Library → Generations)을 확인하세요. Storyreel은 스스로 다시 보내지 않습니다.</translation>
        </message>
        <message>
            <source>Storyreel cannot use its cache folder {path}</source>
            <translation>Storyreel이 캐시 폴더 {path}을(를) 사용할 수 없습니다</translation>
        </message>
        <message>
            <source>Storyreel cannot use its data folder {path}</source>
            <translation>Storyreel이 데이터 폴더 {path}을(를) 사용할 수 없습니다</translation>
        </message>
        <message>
            <source>Storyreel cannot use its log folder {path}</source>
            <translation>Storyreel이 로그 폴더 {path}을(를) 사용할 수 없습니다</translation>
        </message>
        <message>
            <source>Storyreel cannot use its output folder {path}</source>
            <translation>Storyreel이 출력 폴더 {path}을(를) 사용할 수 없습니다</translation>
        </message>
        <message>
            <source>Storyreel cannot use its settings folder {path}</source>
            <translation>Storyreel이 설정 폴더 {path}을(를) 사용할 수 없습니다</translation>
        </message>
        <message>
            <source>Storyreel cannot use its video library folder {path}</source>
            <translation>Storyreel이 동영상 라이브러리 폴더 {path}을(를) 사용할 수 없습니다</translation>
        </message>
        <message>
            <source>Storyreel cannot use its {what} folder {path}</source>
            <translation>Storyreel이 {what} 폴더 {path}을(를) 사용할 수 없습니다</translation>
        </message>
        <message>
            <source>Storyreel could not get an answer about request {request} ({tries} tries in a row): {reason} It keeps checking; the job is not lost.</source>
            <translation>Storyreel이 요청 {request}에 대한 응답을 받지 못했습니다(연속 {tries}회 시도): {reason} 계속 확인하며, 작업은 사라지지 않습니다.</translation>
        </message>
        <message>
            <source>Storyreel does not check the rule {names}; RunComfy checks it when sent.</source>
            <translation>Storyreel은 규칙 {names}을(를) 확인하지 않으며, 보낼 때 RunComfy가 확인합니다.</translation>
        </message>
        <message>
            <source>Storyreel does not check the rules {names}; RunComfy checks them when sent.</source>
            <translation>Storyreel은 규칙 {names}을(를) 확인하지 않으며, 보낼 때 RunComfy가 확인합니다.</translation>
        </message>
        <message>
            <source>Storyreel does not know the format '{format}'; the value is typed as text.</source>
            <translation>Storyreel은 '{format}' 형식을 알지 못하므로 값을 텍스트로 입력합니다.</translation>
        </message>
        <message>
            <source>Storyreel is not allowed to write in it</source>
            <translation>Storyreel에 쓰기 권한이 없습니다</translation>
        </message>
        <message>
            <source>Storyreel stopped before the job finished; it continues on the next start.</source>
            <translation>작업이 끝나기 전에 Storyreel이 멈췄습니다. 다음에 시작할 때 이어서 진행됩니다.</translation>
        </message>
        <message>
            <source>The API address '{address}' cannot be used: it must not contain a user name, a password, a query or a fragment.</source>
            <translation>API 주소 '{address}'은(는) 사용할 수 없습니다. 사용자 이름, 비밀번호, 쿼리, 프래그먼트를 포함하면 안 됩니다.</translation>
        </message>
        <message>
            <source>The API address '{address}' cannot be used: it must start with https:// (plain http is only allowed for this computer, such as http://127.0.0.1:8000).</source>
            <translation>API 주소 '{address}'은(는) 사용할 수 없습니다. https://로 시작해야 합니다(일반 http는 http://127.0.0.1:8000처럼 이 컴퓨터에서만 허용됩니다).</translation>
        </message>
        <message>
            <source>The RunComfy API key holds characters no API key has (spaces, line breaks, accented or other non-ASCII letters). Copy it again from your RunComfy profile and store it in Settings, with `storyreel login`, or in RUNCOMFY_API_TOKEN.</source>
            <translation>RunComfy API 키에 API 키에는 없는 문자(공백, 줄바꿈, 악센트가 있거나 ASCII가 아닌 문자)가 있습니다. RunComfy 프로필에서 다시 복사해 설정, `storyreel login` 또는 RUNCOMFY_API_TOKEN에 저장하세요.</translation>
        </message>
        <message>
            <source>The captions could not be burnt into {name}: {reason}</source>
            <translation>{name}에 자막을 입히지 못했습니다: {reason}</translation>
        </message>
        <message>
            <source>The catalogue cache {path}</source>
            <translation>카탈로그 캐시 {path}</translation>
        </message>
        <message>
            <source>The catalogue cache {path} is damaged; RunComfy's catalogue is read again instead.</source>
            <translation>카탈로그 캐시 {path}이(가) 손상되었습니다. 대신 RunComfy 카탈로그를 다시 읽습니다.</translation>
        </message>
        <message>
            <source>The catalogue cache {path} was written by a newer Storyreel; RunComfy's catalogue is read again instead.</source>
            <translation>카탈로그 캐시 {path}은(는) 더 새로운 Storyreel이 작성했습니다. 대신 RunComfy 카탈로그를 다시 읽습니다.</translation>
        </message>
        <message>
            <source>The catalogue entry number {number} has no input schema with fields; it is left out.</source>
            <translation>{number}번 카탈로그 항목에 필드가 있는 입력 스키마가 없어 제외됩니다.</translation>
        </message>
        <message>
            <source>The catalogue entry {model} does not load: a part of its schema has the wrong kind ({reason}).</source>
            <translation>카탈로그 항목 {model}을(를) 불러올 수 없습니다. 스키마 일부의 종류가 잘못되었습니다({reason}).</translation>
        </message>
        <message>
            <source>The catalogue entry {model} does not load: {reason}</source>
            <translation>카탈로그 항목 {model}을(를) 불러올 수 없습니다: {reason}</translation>
        </message>
        <message>
            <source>The catalogue entry {model} has no input fields.</source>
            <translation>카탈로그 항목 {model}에 입력 필드가 없습니다.</translation>
        </message>
        <message>
            <source>The catalogue entry {model} needs '{field}' ({what}), a kind of input this version of Storyreel cannot take yet; it is left out.</source>
            <translation>카탈로그 항목 {model}에는 '{field}'({what})이(가) 필요한데, 이 버전의 Storyreel은 아직 이런 입력을 받을 수 없어 제외됩니다.</translation>
        </message>
        <message>
            <source>The catalogue entry {name} has no input schema with fields; it is left out.</source>
            <translation>카탈로그 항목 {name}에 필드가 있는 입력 스키마가 없어 제외됩니다.</translation>
        </message>
        <message>
            <source>The download of {url} was stopped because its downloader was closed; the part already fetched is kept in {part} and will be continued next time.</source>
            <translation>다운로더가 닫혀 {url} 다운로드가 중지되었습니다. 이미 받은 부분은 {part}에 보관되며 다음에 이어서 받습니다.</translation>
        </message>
        <message>
            <source>The dropped image</source>
            <translation>놓은 이미지</translation>
        </message>
        <message>
            <source>The edit list {name} does not exist.</source>
            <translation>편집 목록 {name}이(가) 없습니다.</translation>
        </message>
        <message>
            <source>The engine is closed.</source>
            <translation>엔진이 닫혔습니다.</translation>
        </message>
        <message>
            <source>The file {path}</source>
            <translation>파일 {path}</translation>
        </message>
        <message>
            <source>The file {path} cannot be read ({reason}).</source>
            <translation>파일 {path}을(를) 읽을 수 없습니다({reason}).</translation>
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>파일 {path}이(가) 없습니다.</translation>
        </message>
        <message>
            <source>The fixed copy of {name} still fails: {reasons}</source>
            <translation>{name}의 수정된 사본이 여전히 통과하지 못합니다: {reasons}</translation>
        </message>
        <message>
            <source>The frame {name} cannot be read as an image: {reason}.</source>
            <translation>프레임 {name}을(를) 이미지로 읽을 수 없습니다: {reason}.</translation>
        </message>
        <message>
            <source>The image</source>
            <translation>이미지</translation>
        </message>
        <message>
            <source>The job database has a damaged entry (the {column} of job {job} cannot be read). It was left as it is: it holds the request ids of the jobs you sent, so keep the file and ask for help before changing it.</source>
            <translation>작업 데이터베이스에 손상된 항목이 있습니다(작업 {job}의 {column}을(를) 읽을 수 없습니다). 데이터베이스는 그대로 두었습니다. 보낸 작업의 요청 ID가 들어 있으니 파일을 보관하고, 변경하기 전에 도움을 요청하세요.</translation>
        </message>
        <message>
            <source>The job database {path} cannot be opened ({reason}). It is left as it is: it holds the request ids of the jobs you sent, so do not delete or move it. If another Storyreel was starting at the same moment, wait a few seconds and try again; otherwise check that its folder can be read and written.</source>
            <translation>작업 데이터베이스 {path}을(를) 열 수 없습니다({reason}). 데이터베이스는 그대로 두었습니다. 보낸 작업의 요청 ID가 들어 있으니 삭제하거나 옮기지 마세요. 다른 Storyreel이 동시에 시작되던 중이었다면 몇 초 기다린 후 다시 시도하세요. 그렇지 않다면 해당 폴더를 읽고 쓸 수 있는지 확인하세요.</translation>
        </message>
        <message>
            <source>The job database {path} was written by a newer version of Storyreel (database version {version}, this version understands up to {latest}). Update Storyreel to open it; it has not been changed.</source>
            <translation>작업 데이터베이스 {path}은(는) 더 새로운 버전의 Storyreel에서 작성되었습니다(데이터베이스 버전 {version}, 이 버전은 {latest}까지 지원). 열려면 Storyreel을 업데이트하세요. 데이터베이스는 변경되지 않았습니다.</translation>
        </message>
        <message>
            <source>The job has no request id to follow.</source>
            <translation>이 작업에는 추적할 요청 ID가 없습니다.</translation>
        </message>
        <message>
            <source>The live price of {model} could not be read, so nothing is sent. {reason}</source>
            <translation>{model}의 실시간 가격을 읽을 수 없어 아무것도 보내지 않습니다. {reason}</translation>
        </message>
        <message>
            <source>The model file {name}</source>
            <translation>모델 파일 {name}</translation>
        </message>
        <message>
            <source>The model file {name} cannot be read: {reason}.</source>
            <translation>모델 파일 {name}을(를) 읽을 수 없습니다: {reason}.</translation>
        </message>
        <message>
            <source>The model file {name} is not a usable model file: a part of it has the wrong kind ({reason}). It is left out; the other models work as usual.</source>
            <translation>모델 파일 {name}은(는) 사용할 수 없는 모델 파일입니다. 일부의 종류가 잘못되었습니다({reason}). 이 파일은 제외되며, 다른 모델은 평소처럼 작동합니다.</translation>
        </message>
        <message>
            <source>The model file {name} replaces Storyreel's own model {model}; remove the file to use Storyreel's own again.</source>
            <translation>모델 파일 {name}이(가) Storyreel 기본 모델 {model}을(를) 대체합니다. 기본 모델을 다시 사용하려면 파일을 삭제하세요.</translation>
        </message>
        <message>
            <source>The model file {name} replaces the catalogue's model {model}; remove the file to use the catalogue's again.</source>
            <translation>모델 파일 {name}이(가) 카탈로그의 모델 {model}을(를) 대체합니다. 카탈로그의 모델을 다시 사용하려면 파일을 삭제하세요.</translation>
        </message>
        <message>
            <source>The model id is wrong: '{model}' is not a RunComfy model id (such as bytedance/seedance-1-0/lite/image-to-video).</source>
            <translation>모델 ID가 잘못되었습니다. '{model}'은(는) RunComfy 모델 ID가 아닙니다(예: bytedance/seedance-1-0/lite/image-to-video).</translation>
        </message>
        <message>
            <source>The number of variations must be a whole number from {low} to {high}.</source>
            <translation>변형 개수는 {low}에서 {high} 사이의 정수여야 합니다.</translation>
        </message>
        <message>
            <source>The offline preview engine could not make this video: {reason}</source>
            <translation>오프라인 미리보기 엔진이 이 동영상을 만들 수 없었습니다: {reason}</translation>
        </message>
        <message>
            <source>The offline preview engine gave no reason.</source>
            <translation>오프라인 미리보기 엔진이 이유를 알려 주지 않았습니다.</translation>
        </message>
        <message>
            <source>The offline preview engine is not part of this Storyreel, so the preview cannot be made.</source>
            <translation>이 Storyreel에는 오프라인 미리보기 엔진이 없어 미리보기를 만들 수 없습니다.</translation>
        </message>
        <message>
            <source>The offline preview engine stopped when Storyreel closed, and this preview went with it. Nothing was charged; use Retry to render it again.</source>
            <translation>Storyreel이 종료될 때 오프라인 미리보기 엔진이 멈춰 이 미리보기도 함께 사라졌습니다. 요금은 청구되지 않았습니다. '다시 시도'로 다시 렌더링하세요.</translation>
        </message>
        <message>
            <source>The output address '{url}' is not a valid URL.</source>
            <translation>출력 주소 '{url}'은(는) 올바른 URL이 아닙니다.</translation>
        </message>
        <message>
            <source>The output address {url} answered with {kind} instead of a media file.</source>
            <translation>출력 주소 {url}이(가) 미디어 파일 대신 {kind}(으)로 응답했습니다.</translation>
        </message>
        <message>
            <source>The output address {url} carries a user name or an unusual port; Storyreel does not download it.</source>
            <translation>출력 주소 {url}에 사용자 이름이나 특이한 포트가 있어 Storyreel이 다운로드하지 않습니다.</translation>
        </message>
        <message>
            <source>The output address {url} is not https; Storyreel downloads outputs only over https.</source>
            <translation>출력 주소 {url}은(는) https가 아닙니다. Storyreel은 https로만 출력을 다운로드합니다.</translation>
        </message>
        <message>
            <source>The output address {url} is not on runcomfy.net, so Storyreel does not download it: outputs are fetched only from RunComfy's own servers.</source>
            <translation>출력 주소 {url}이(가) runcomfy.net에 있지 않아 Storyreel이 다운로드하지 않습니다. 출력은 RunComfy 자체 서버에서만 가져옵니다.</translation>
        </message>
        <message>
            <source>The output file {url} could not be fetched: the server could not be reached or stopped answering ({reason}), after several tries.</source>
            <translation>출력 파일 {url}을(를) 가져올 수 없습니다. 여러 번 시도했지만 서버에 연결할 수 없거나 서버가 응답을 멈췄습니다({reason}).</translation>
        </message>
        <message>
            <source>The output file {url} is empty.</source>
            <translation>출력 파일 {url}이(가) 비어 있습니다.</translation>
        </message>
        <message>
            <source>The output file {url} is over Storyreel's limit of {limit:.1f} GB; the download was stopped.</source>
            <translation>출력 파일 {url}이(가) Storyreel의 한도인 {limit:.1f} GB를 넘어 다운로드를 중단했습니다.</translation>
        </message>
        <message>
            <source>The output file {url} is {size:.1f} GB, over Storyreel's limit of {limit:.1f} GB.</source>
            <translation>출력 파일 {url}은(는) {size:.1f} GB로 Storyreel의 한도인 {limit:.1f} GB를 넘습니다.</translation>
        </message>
        <message>
            <source>The output server answered HTTP {status} for {url} after several tries.</source>
            <translation>여러 번 시도했지만 출력 서버가 {url}에 대해 HTTP {status}(으)로 응답했습니다.</translation>
        </message>
        <message>
            <source>The output server answered HTTP {status} for {url}.</source>
            <translation>출력 서버가 {url}에 대해 HTTP {status}(으)로 응답했습니다.</translation>
        </message>
        <message>
            <source>The output server answered HTTP {status} for {url}: RunComfy no longer keeps this file.</source>
            <translation>출력 서버가 {url}에 대해 HTTP {status}(으)로 응답했습니다. RunComfy가 더 이상 이 파일을 보관하지 않습니다.</translation>
        </message>
        <message>
            <source>The output server kept breaking off the download of {url} ({reason}; {tries} tries). The part already fetched is kept and is continued next time.</source>
            <translation>출력 서버가 {url} 다운로드를 계속 끊었습니다({reason}, {tries}회 시도). 이미 받은 부분은 보관되며 다음에 이어서 받습니다.</translation>
        </message>
        <message>
            <source>The output server redirected {url} to another address; Storyreel does not follow redirects for downloads.</source>
            <translation>출력 서버가 {url}을(를) 다른 주소로 리디렉션했습니다. Storyreel은 다운로드할 때 리디렉션을 따르지 않습니다.</translation>
        </message>
        <message>
            <source>The outputs cannot be downloaded: {reason}</source>
            <translation>출력을 다운로드할 수 없습니다: {reason}</translation>
        </message>
        <message>
            <source>The pasted image could not be saved as PNG.</source>
            <translation>붙여 넣은 이미지를 PNG로 저장하지 못했습니다.</translation>
        </message>
        <message>
            <source>The preview is kept only while Storyreel stays open: choose Retry download in the queue once the folder can be written to.</source>
            <translation>미리보기는 Storyreel이 열려 있는 동안만 보관됩니다. 폴더에 쓸 수 있게 되면 대기열에서 '다운로드 재시도'를 선택하세요.</translation>
        </message>
        <message>
            <source>The price of {model} changed from ${shown:g} per {shown_unit} to ${live:g} per {live_unit} since it was shown; nothing was sent. Check the new price and send the job again.</source>
            <translation>{model}의 가격이 표시된 뒤 {shown_unit}당 ${shown:g}에서 {live_unit}당 ${live:g}(으)로 바뀌었습니다. 아무것도 보내지 않았습니다. 새 가격을 확인한 뒤 작업을 다시 보내세요.</translation>
        </message>
        <message>
            <source>The request would be {size} with its files inline; RunComfy takes at most {limit}. Use fewer or smaller files, or URLs to them.</source>
            <translation>파일을 포함하면 요청이 {size}가 됩니다. RunComfy는 최대 {limit}까지 받습니다. 파일 수를 줄이거나 더 작은 파일, 또는 파일의 URL을 사용하세요.</translation>
        </message>
        <message>
            <source>The sequence could not be encoded: {reason}.</source>
            <translation>시퀀스를 인코딩하지 못했습니다: {reason}.</translation>
        </message>
        <message>
            <source>The settings file {path}</source>
            <translation>설정 파일 {path}</translation>
        </message>
        <message>
            <source>The settings file {path} does not hold settings.</source>
            <translation>설정 파일 {path}에 설정이 들어 있지 않습니다.</translation>
        </message>
        <message>
            <source>The simulator cannot listen on {host}: {reason}.</source>
            <translation>시뮬레이터가 {host}에서 수신 대기할 수 없습니다: {reason}.</translation>
        </message>
        <message>
            <source>The storyboard file</source>
            <translation>스토리보드 파일</translation>
        </message>
        <message>
            <source>The storyboard file {path}</source>
            <translation>스토리보드 파일 {path}</translation>
        </message>
        <message>
            <source>The storyboard file {path} does not exist.</source>
            <translation>스토리보드 파일 {path}이(가) 없습니다.</translation>
        </message>
        <message>
            <source>The video could not be saved here: Storyreel may not write to {folder}. Check the folder's permissions or choose another library folder in Settings.</source>
            <translation>여기에 동영상을 저장할 수 없습니다. Storyreel에 {folder}에 쓸 권한이 없습니다. 폴더 권한을 확인하거나 설정에서 다른 라이브러리 폴더를 선택하세요.</translation>
        </message>
        <message>
            <source>The video could not be saved here: the disk that holds {folder} is full. Free some space there.</source>
            <translation>여기에 동영상을 저장할 수 없습니다. {folder}이(가) 있는 디스크가 가득 찼습니다. 공간을 확보하세요.</translation>
        </message>
        <message>
            <source>The video could not be saved here: the folder {folder} is missing (a disconnected drive?). Reconnect it or choose another library folder in Settings.</source>
            <translation>여기에 동영상을 저장할 수 없습니다. {folder} 폴더가 없습니다(드라이브 연결이 끊겼나요?). 다시 연결하거나 설정에서 다른 라이브러리 폴더를 선택하세요.</translation>
        </message>
        <message>
            <source>The video could not be saved here: {folder} (or a folder above it) is a file, not a folder. Move that file away or choose another library folder in Settings.</source>
            <translation>여기에 동영상을 저장할 수 없습니다. {folder}(또는 상위 폴더)이(가) 폴더가 아니라 파일입니다. 그 파일을 옮기거나 설정에서 다른 라이브러리 폴더를 선택하세요.</translation>
        </message>
        <message>
            <source>The video could not be saved here: {reason}. Check that {folder} can be written to and that the disk has room.</source>
            <translation>여기에 동영상을 저장할 수 없습니다: {reason}. {folder}에 쓸 수 있는지, 디스크에 공간이 있는지 확인하세요.</translation>
        </message>
        <message>
            <source>The video file {path} does not exist.</source>
            <translation>동영상 파일 {path}이(가) 없습니다.</translation>
        </message>
        <message>
            <source>The video is made and RunComfy keeps it for a while: choose Retry download in the queue or run `storyreel resume` to fetch it (Storyreel also tries again when it next starts).</source>
            <translation>동영상이 만들어졌고 RunComfy가 한동안 보관합니다. 대기열에서 '다운로드 재시도'를 선택하거나 `storyreel resume`을 실행해 가져오세요(Storyreel도 다음에 시작할 때 다시 시도합니다).</translation>
        </message>
        <message>
            <source>The video was made but can no longer be downloaded: {reason}</source>
            <translation>동영상은 만들어졌지만 더 이상 다운로드할 수 없습니다: {reason}</translation>
        </message>
        <message>
            <source>The video was made but could not be downloaded: {reason}</source>
            <translation>동영상은 만들어졌지만 다운로드할 수 없었습니다: {reason}</translation>
        </message>
        <message>
            <source>There is no job {job} in the queue.</source>
            <translation>대기열에 작업 {job}이(가) 없습니다.</translation>
        </message>
        <message>
            <source>There is no job {job} to remove.</source>
            <translation>제거할 작업 {job}이(가) 없습니다.</translation>
        </message>
        <message>
            <source>There is no job {job} to retry.</source>
            <translation>다시 시도할 작업 {job}이(가) 없습니다.</translation>
        </message>
        <message>
            <source>There is no job {job}.</source>
            <translation>작업 {job}이(가) 없습니다.</translation>
        </message>
        <message>
            <source>There is nothing to export: the sequence has no shots.</source>
            <translation>내보낼 것이 없습니다: 시퀀스에 샷이 없습니다.</translation>
        </message>
        <message>
            <source>This job is still {state}, so it cannot be removed from the list: cancel it or wait until it has finished.</source>
            <translation>이 작업은 아직 '{state}' 상태이므로 목록에서 제거할 수 없습니다. 작업을 취소하거나 끝날 때까지 기다리세요.</translation>
        </message>
        <message>
            <source>This job is still {state}: wait for it or cancel it before sending it again.</source>
            <translation>이 작업은 아직 '{state}' 상태입니다. 다시 보내기 전에 작업이 끝나기를 기다리거나 작업을 취소하세요.</translation>
        </message>
        <message>
            <source>This job is {state}: only a download that is waiting can be tried again.</source>
            <translation>이 작업은 '{state}' 상태입니다. 대기 중인 다운로드만 다시 시도할 수 있습니다.</translation>
        </message>
        <message>
            <source>This job would cost {amount}, and {spent} is already spent or on its way today, which would pass your daily spending cap of {cap}. Nothing was sent. Raise the cap in Settings to send it, or leave it.</source>
            <translation>이 작업의 비용은 {amount}이며, 오늘 이미 {spent}을(를) 지출했거나 지출 예정이라 일일 지출 한도 {cap}을(를) 넘게 됩니다. 아무것도 보내지 않았습니다. 보내려면 설정에서 한도를 올리고, 아니면 그대로 두세요.</translation>
        </message>
        <message>
            <source>This shot is no longer on the board.</source>
            <translation>이 샷은 더 이상 스토리보드에 없습니다.</translation>
        </message>
        <message>
            <source>This value is nested too deeply to be checked.</source>
            <translation>이 값은 너무 깊이 중첩되어 있어 확인할 수 없습니다.</translation>
        </message>
        <message>
            <source>This video is made and only waits for its download: use Retry download, which fetches it without sending the job again.</source>
            <translation>이 동영상은 만들어졌고 다운로드만 기다리고 있습니다. 작업을 다시 보내지 않고 가져오는 '다운로드 재시도'를 사용하세요.</translation>
        </message>
        <message>
            <source>Too long: {count} characters, at most {high} allowed.</source>
            <translation>너무 깁니다: {count}자, 최대 {high}자까지 허용됩니다.</translation>
        </message>
        <message>
            <source>Too short: at least 1 character needed.</source>
            <translation>너무 짧습니다: 최소 1자가 필요합니다.</translation>
        </message>
        <message>
            <source>Too short: at least {low} characters needed.</source>
            <translation>너무 짧습니다: 최소 {low}자가 필요합니다.</translation>
        </message>
        <message>
            <source>Unknown model '{model}'.</source>
            <translation>알 수 없는 모델 '{model}'.</translation>
        </message>
        <message>
            <source>Unknown model '{model}'. Did you mean {close}?</source>
            <translation>알 수 없는 모델 '{model}'. {close}을(를) 말씀하신 건가요?</translation>
        </message>
        <message>
            <source>Waiting for the API key of {base}: set it in Settings or with `storyreel login --api-base {base}`. This job was sent there, and Storyreel sends a key only to the address it was given for.</source>
            <translation>{base}의 API 키를 기다리는 중입니다. 설정에서 또는 `storyreel login --api-base {base}`로 설정하세요. 이 작업은 그 주소로 보내졌으며, Storyreel은 키를 지정된 주소로만 보냅니다.</translation>
        </message>
        <message>
            <source>a group of named settings</source>
            <translation>이름 있는 설정 묶음</translation>
        </message>
        <message>
            <source>a group of named values</source>
            <translation>이름 있는 값 묶음</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>목록</translation>
        </message>
        <message>
            <source>a list of frames</source>
            <translation>프레임 목록</translation>
        </message>
        <message>
            <source>a list of prompts</source>
            <translation>프롬프트 목록</translation>
        </message>
        <message>
            <source>a list of shots</source>
            <translation>샷 목록</translation>
        </message>
        <message>
            <source>a model id (text)</source>
            <translation>모델 ID(텍스트)</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>숫자</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>정수</translation>
        </message>
        <message>
            <source>an amount Storyreel cannot total</source>
            <translation>Storyreel이 합산할 수 없는 금액</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>객체</translation>
        </message>
        <message>
            <source>is not a number that can be sent.</source>
            <translation>은(는) 보낼 수 있는 숫자가 아닙니다.</translation>
        </message>
        <message>
            <source>is not a number.</source>
            <translation>은(는) 숫자가 아닙니다.</translation>
        </message>
        <message>
            <source>it cannot be created ({reason})</source>
            <translation>만들 수 없습니다({reason})</translation>
        </message>
        <message>
            <source>it finished without a video</source>
            <translation>동영상 없이 끝났습니다</translation>
        </message>
        <message>
            <source>it is a file, not a folder</source>
            <translation>폴더가 아니라 파일입니다</translation>
        </message>
        <message>
            <source>it starts like a WebP image but is damaged</source>
            <translation>WebP 이미지처럼 시작하지만 손상됨</translation>
        </message>
        <message>
            <source>it starts like a {format} image but is damaged or cut short</source>
            <translation>{format} 이미지처럼 시작하지만 손상되었거나 잘려 있음</translation>
        </message>
        <message>
            <source>its contents are not in any image format Storyreel knows</source>
            <translation>내용이 Storyreel이 아는 어떤 이미지 형식도 아님</translation>
        </message>
        <message>
            <source>its frames are damaged</source>
            <translation>프레임이 손상되었습니다</translation>
        </message>
        <message>
            <source>its header claims a size too large to read safely</source>
            <translation>헤더에 적힌 크기가 너무 커서 안전하게 읽을 수 없음</translation>
        </message>
        <message>
            <source>its header gives it no width or height</source>
            <translation>헤더에 너비나 높이가 없음</translation>
        </message>
        <message>
            <source>no reason was given</source>
            <translation>이유가 주어지지 않았습니다</translation>
        </message>
        <message>
            <source>null</source>
            <translation>null(값 없음)</translation>
        </message>
        <message>
            <source>output</source>
            <translation>출력</translation>
        </message>
        <message>
            <source>point STORYREEL_HOME (now '{home}') at a folder Storyreel can write in</source>
            <translation>STORYREEL_HOME(현재 '{home}')이 Storyreel이 쓸 수 있는 폴더를 가리키도록 하세요</translation>
        </message>
        <message>
            <source>second</source>
            <translation>초</translation>
        </message>
        <message>
            <source>set STORYREEL_HOME to a folder Storyreel can write in</source>
            <translation>STORYREEL_HOME을 Storyreel이 쓸 수 있는 폴더로 설정하세요</translation>
        </message>
        <message>
            <source>shot {number}: ${price:g} per {unit}</source>
            <translation>샷 {number}: {unit}당 ${price:g}</translation>
        </message>
        <message>
            <source>text</source>
            <translation>텍스트</translation>
        </message>
        <message>
            <source>the data is empty</source>
            <translation>데이터가 비어 있음</translation>
        </message>
        <message>
            <source>the file ends before its image data does</source>
            <translation>이미지 데이터가 끝나기 전에 파일이 끝납니다</translation>
        </message>
        <message>
            <source>the file is a HEIC/HEIF photo; export it as JPEG or PNG first</source>
            <translation>HEIC/HEIF 사진 파일임. 먼저 JPEG나 PNG로 내보내세요</translation>
        </message>
        <message>
            <source>the file is a PDF document</source>
            <translation>PDF 문서 파일임</translation>
        </message>
        <message>
            <source>the file is a WAV sound recording</source>
            <translation>WAV 녹음 파일임</translation>
        </message>
        <message>
            <source>the file is a WebM or MKV video</source>
            <translation>WebM 또는 MKV 동영상 파일임</translation>
        </message>
        <message>
            <source>the file is a ZIP archive or an office document</source>
            <translation>ZIP 압축 파일 또는 오피스 문서임</translation>
        </message>
        <message>
            <source>the file is a gzip archive</source>
            <translation>gzip 압축 파일임</translation>
        </message>
        <message>
            <source>the file is a web page (HTML)</source>
            <translation>웹 페이지(HTML) 파일임</translation>
        </message>
        <message>
            <source>the file is an AVI video</source>
            <translation>AVI 동영상 파일임</translation>
        </message>
        <message>
            <source>the file is an AVIF image this installation cannot decode</source>
            <translation>이 설치본에서 디코딩할 수 없는 AVIF 이미지 파일임</translation>
        </message>
        <message>
            <source>the file is an MP3 sound recording</source>
            <translation>MP3 녹음 파일임</translation>
        </message>
        <message>
            <source>the file is an MP4 or MOV video</source>
            <translation>MP4 또는 MOV 동영상 파일임</translation>
        </message>
        <message>
            <source>the file is an SVG drawing; export it as PNG first</source>
            <translation>SVG 그림 파일임. 먼저 PNG로 내보내세요</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>파일이 비어 있음</translation>
        </message>
        <message>
            <source>the file is text</source>
            <translation>텍스트 파일임</translation>
        </message>
        <message>
            <source>the image file {path} is missing.</source>
            <translation>이미지 파일 {path}이(가) 없습니다.</translation>
        </message>
        <message>
            <source>the server continued from the wrong place</source>
            <translation>서버가 잘못된 위치에서 이어 보냈습니다</translation>
        </message>
        <message>
            <source>the server could not continue the earlier download</source>
            <translation>서버가 이전 다운로드를 이어 받을 수 없었습니다</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>참 또는 거짓</translation>
        </message>
        <message>
            <source>{cannot}: {problem}. Storyreel changed nothing there. Make that path a folder Storyreel can write in, or {elsewhere}.</source>
            <translation>{cannot}: {problem}. Storyreel은 그곳에서 아무것도 바꾸지 않았습니다. 그 경로를 Storyreel이 쓸 수 있는 폴더로 만들거나 {elsewhere}.</translation>
        </message>
        <message>
            <source>{count} already under way</source>
            <translation>{count}개는 이미 진행 중</translation>
        </message>
        <message>
            <source>{count} bytes</source>
            <translation>{count}바이트</translation>
        </message>
        <message>
            <source>{count} characters: prompts under {limit} characters give better results.</source>
            <translation>{count}자: {limit}자 미만의 프롬프트가 더 좋은 결과를 냅니다.</translation>
        </message>
        <message>
            <source>{count} entries given; at least {low} needed.</source>
            <translation>항목 {count}개를 넣었습니다. 최소 {low}개가 필요합니다.</translation>
        </message>
        <message>
            <source>{count} entries given; at most {high} allowed.</source>
            <translation>항목 {count}개를 넣었습니다. 최대 {high}개까지 허용됩니다.</translation>
        </message>
        <message>
            <source>{count} held back (submission uncertain)</source>
            <translation>{count}개는 보류(제출 여부 불확실)</translation>
        </message>
        <message>
            <source>{count} kept as rendered</source>
            <translation>{count}개는 렌더링된 그대로 유지</translation>
        </message>
        <message>
            <source>{count} shot to render</source>
            <translation>렌더링할 샷 {count}개</translation>
        </message>
        <message>
            <source>{count} shots to render</source>
            <translation>렌더링할 샷 {count}개</translation>
        </message>
        <message>
            <source>{count} variations cannot be asked for at once: choose from {low} to {high}.</source>
            <translation>변형 {count}개를 한 번에 요청할 수 없습니다. {low}~{high}개 중에서 고르세요.</translation>
        </message>
        <message>
            <source>{error} The file was left as it is.</source>
            <translation>{error} 파일은 그대로 두었습니다.</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} 또는 {second}</translation>
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
            <translation>{message} 작업은 보내졌으므로 RunComfy가 대기열에 넣었는지 알 수 없습니다.</translation>
        </message>
        <message>
            <source>{minutes:.0f} min</source>
            <translation>{minutes:.0f}분</translation>
        </message>
        <message>
            <source>{model} cannot start from a frame: it takes no first frame or reference images.</source>
            <translation>{model}은(는) 프레임에서 시작할 수 없습니다: 첫 프레임이나 참조 이미지를 받지 않습니다.</translation>
        </message>
        <message>
            <source>{model} cannot take a last frame, and no model in the catalogue can: choose one clip per frame instead.</source>
            <translation>{model}은(는) 마지막 프레임을 받을 수 없고 카탈로그의 어떤 모델도 받을 수 없습니다: 대신 프레임마다 클립 하나를 선택하세요.</translation>
        </message>
        <message>
            <source>{model} cannot take a last frame; {other} can.</source>
            <translation>{model}은(는) 마지막 프레임을 받을 수 없습니다. {other}은(는) 받을 수 있습니다.</translation>
        </message>
        <message>
            <source>{model} has no seed setting, so there is no seed to sweep around. Ask for variations instead: the model varies by itself from run to run.</source>
            <translation>{model}에는 시드 설정이 없어 주변 시드를 훑어볼 수 없습니다. 대신 변형을 요청하세요. 이 모델은 실행할 때마다 저절로 달라집니다.</translation>
        </message>
        <message>
            <source>{name} cannot be decoded: it may be cut short (an unfinished download or copy) or damaged ({reason}).</source>
            <translation>{name}을(를) 디코딩할 수 없습니다. 잘렸거나(다운로드나 복사가 끝나지 않음) 손상되었을 수 있습니다({reason}).</translation>
        </message>
        <message>
            <source>{name} cannot be decoded: {reason}.</source>
            <translation>{name}을(를) 디코딩할 수 없습니다: {reason}.</translation>
        </message>
        <message>
            <source>{name} cannot be read ({reason}).</source>
            <translation>{name}을(를) 읽을 수 없습니다({reason}).</translation>
        </message>
        <message>
            <source>{name} cannot be read as a video: it may be cut short (an unfinished download or copy), damaged, or another kind of file ({reason}).</source>
            <translation>{name}을(를) 동영상으로 읽을 수 없습니다. 잘렸거나(다운로드나 복사가 끝나지 않음) 손상되었거나 다른 종류의 파일일 수 있습니다({reason}).</translation>
        </message>
        <message>
            <source>{name} cannot be read as an audio clip: it may be cut short (an unfinished download or copy), damaged, or another kind of file ({reason}).</source>
            <translation>{name}을(를) 오디오 클립으로 읽을 수 없습니다. 잘렸거나(다운로드나 복사가 끝나지 않음) 손상되었거나 다른 종류의 파일일 수 있습니다({reason}).</translation>
        </message>
        <message>
            <source>{name} cannot be read as an edit list ({reason}).</source>
            <translation>{name}을(를) 편집 목록으로 읽을 수 없습니다({reason}).</translation>
        </message>
        <message>
            <source>{name} cannot be read to burn captions in: {reason}</source>
            <translation>자막을 입히려고 {name}을(를) 읽을 수 없습니다: {reason}</translation>
        </message>
        <message>
            <source>{name} cannot be read to its end: {reason}.</source>
            <translation>{name}을(를) 끝까지 읽을 수 없습니다: {reason}.</translation>
        </message>
        <message>
            <source>{name} cannot be read to trim it: {reason}</source>
            <translation>트리밍하려고 {name}을(를) 읽을 수 없습니다: {reason}</translation>
        </message>
        <message>
            <source>{name} cannot be read: permission denied.</source>
            <translation>{name}을(를) 읽을 수 없습니다. 권한이 없습니다.</translation>
        </message>
        <message>
            <source>{name} cannot be saved under {megabytes:g} MB without breaking the minimum size rules.</source>
            <translation>{name}은(는) 최소 크기 규칙을 어기지 않고는 {megabytes:g} MB 미만으로 저장할 수 없습니다.</translation>
        </message>
        <message>
            <source>{name} could not be converted ({reason}).</source>
            <translation>{name}을(를) 변환할 수 없었습니다({reason}).</translation>
        </message>
        <message>
            <source>{name} could not be found: there is no file at {path}.</source>
            <translation>{name}을(를) 찾을 수 없습니다. {path}에 파일이 없습니다.</translation>
        </message>
        <message>
            <source>{name} could not be made smaller than {size}; trim it or give a URL to the file instead.</source>
            <translation>{name}을(를) {size}보다 작게 만들 수 없었습니다. 길이를 줄이거나 대신 파일의 URL을 입력하세요.</translation>
        </message>
        <message>
            <source>{name} could not be written in {folder}: {reason}. Free some space or choose another folder, then export again.</source>
            <translation>{folder}에 {name}을(를) 쓸 수 없습니다: {reason}. 공간을 확보하거나 다른 폴더를 선택한 뒤 다시 내보내세요.</translation>
        </message>
        <message>
            <source>{name} ends before its data does: it was cut short.</source>
            <translation>{name}이(가) 데이터보다 먼저 끝납니다. 잘린 파일입니다.</translation>
        </message>
        <message>
            <source>{name} has no frames between {start:g} s and {end} s.</source>
            <translation>{name}에는 {start:g}초와 {end}초 사이에 프레임이 없습니다.</translation>
        </message>
        <message>
            <source>{name} has no frames to take the last one from.</source>
            <translation>{name}에 프레임이 없어 마지막 프레임을 가져올 수 없습니다.</translation>
        </message>
        <message>
            <source>{name} has no frames.</source>
            <translation>{name}에 프레임이 없습니다.</translation>
        </message>
        <message>
            <source>{name} has no picture (no video track).</source>
            <translation>{name}에 영상이 없습니다(비디오 트랙 없음).</translation>
        </message>
        <message>
            <source>{name} has no sound (no audio track).</source>
            <translation>{name}에 소리가 없습니다(오디오 트랙 없음).</translation>
        </message>
        <message>
            <source>{name} has no video clips.</source>
            <translation>{name}에 동영상 클립이 없습니다.</translation>
        </message>
        <message>
            <source>{name} has no video frames.</source>
            <translation>{name}에 동영상 프레임이 없습니다.</translation>
        </message>
        <message>
            <source>{name} has no video track.</source>
            <translation>{name}에 동영상 트랙이 없습니다.</translation>
        </message>
        <message>
            <source>{name} holds no audio clip frames: it is empty or cut short.</source>
            <translation>{name}에 오디오 프레임이 없습니다. 비어 있거나 잘린 파일입니다.</translation>
        </message>
        <message>
            <source>{name} holds no video frames: it is empty or cut short.</source>
            <translation>{name}에 동영상 프레임이 없습니다. 비어 있거나 잘린 파일입니다.</translation>
        </message>
        <message>
            <source>{name} is a folder, not a video file.</source>
            <translation>{name}은(는) 동영상 파일이 아니라 폴더입니다.</translation>
        </message>
        <message>
            <source>{name} is a folder, not an audio file.</source>
            <translation>{name}은(는) 오디오 파일이 아니라 폴더입니다.</translation>
        </message>
        <message>
            <source>{name} is a folder, not an image file.</source>
            <translation>{name}은(는) 이미지 파일이 아니라 폴더입니다.</translation>
        </message>
        <message>
            <source>{name} is empty (0 bytes).</source>
            <translation>{name}이(가) 비어 있습니다(0바이트).</translation>
        </message>
        <message>
            <source>{name} is incomplete: {reason}. It cannot be repaired: save or export it again from the original, or download it again.</source>
            <translation>{name}이(가) 불완전합니다: {reason}. 복구할 수 없으니 원본에서 다시 저장하거나 내보내거나, 다시 내려받으세요.</translation>
        </message>
        <message>
            <source>{name} is not a known setting.</source>
            <translation>{name}은(는) 알려진 설정이 아닙니다.</translation>
        </message>
        <message>
            <source>{name} is not a readable video: {reason}.</source>
            <translation>{name}은(는) 읽을 수 있는 동영상이 아닙니다: {reason}.</translation>
        </message>
        <message>
            <source>{name} is not a regular file, so it cannot be an image.</source>
            <translation>{name}은(는) 일반 파일이 아니므로 이미지일 수 없습니다.</translation>
        </message>
        <message>
            <source>{name} is not an edit list Storyreel can read back: open an .otio or an .xml (Final Cut Pro 7 XML) file.</source>
            <translation>{name}은(는) Storyreel이 다시 읽을 수 있는 편집 목록이 아닙니다: .otio 또는 .xml(Final Cut Pro 7 XML) 파일을 여세요.</translation>
        </message>
        <message>
            <source>{name} is not an image Storyreel can read ({reason}).</source>
            <translation>{name}은(는) Storyreel이 읽을 수 있는 이미지가 아닙니다({reason}).</translation>
        </message>
        <message>
            <source>{name} is required.</source>
            <translation>{name}은(는) 필수입니다.</translation>
        </message>
        <message>
            <source>{name} stops after {read} of the {declared} its header announces: it was cut short.</source>
            <translation>{name}은(는) 헤더에 적힌 {declared} 중 {read} 만에 멈춥니다. 잘린 파일입니다.</translation>
        </message>
        <message>
            <source>{name} uses a colour mode ({mode}) Storyreel cannot convert to RGB.</source>
            <translation>{name}은(는) Storyreel이 RGB로 변환할 수 없는 색상 모드({mode})를 사용합니다.</translation>
        </message>
        <message>
            <source>{name}: '{text}' is not a whole number.</source>
            <translation>{name}: '{text}'은(는) 정수가 아닙니다.</translation>
        </message>
        <message>
            <source>{name}: '{text}' is not true or false.</source>
            <translation>{name}: '{text}'은(는) 참도 거짓도 아닙니다.</translation>
        </message>
        <message>
            <source>{name}: '{text}' is not valid JSON.</source>
            <translation>{name}: '{text}'은(는) 올바른 JSON이 아닙니다.</translation>
        </message>
        <message>
            <source>{name}: '{text}' {reason}</source>
            <translation>{name}: '{text}'{reason}</translation>
        </message>
        <message>
            <source>{name}: the value is not valid JSON.</source>
            <translation>{name}: 값이 올바른 JSON이 아닙니다.</translation>
        </message>
        <message>
            <source>{name}: {warning}</source>
            <translation>{name}: {warning}</translation>
        </message>
        <message>
            <source>{path} cannot be reached ({reason})</source>
            <translation>{path}에 접근할 수 없습니다({reason})</translation>
        </message>
        <message>
            <source>{path} is a file, not a folder</source>
            <translation>{path}은(는) 폴더가 아니라 파일입니다</translation>
        </message>
        <message>
            <source>{reason} It is also in your generation history on RunComfy.</source>
            <translation>{reason} RunComfy의 생성 기록에도 있습니다.</translation>
        </message>
        <message>
            <source>{reason} It is left out; the other models work as usual.</source>
            <translation>{reason} 이 파일은 제외되며, 다른 모델은 평소처럼 작동합니다.</translation>
        </message>
        <message>
            <source>{reason} Render the preview again: it costs nothing.</source>
            <translation>{reason} 미리보기를 다시 렌더링하세요. 비용이 들지 않습니다.</translation>
        </message>
        <message>
            <source>{reason} RunComfy keeps requests for a limited time; check your generation history on RunComfy.</source>
            <translation>{reason} RunComfy는 요청을 일정 기간만 보관합니다. RunComfy의 생성 기록을 확인하세요.</translation>
        </message>
        <message>
            <source>{reason} RunComfy's catalogue is read again instead.</source>
            <translation>{reason} 대신 RunComfy 카탈로그를 다시 읽습니다.</translation>
        </message>
        <message>
            <source>{reason} Storyreel uses its default settings for now.</source>
            <translation>{reason} Storyreel은 당분간 기본 설정을 사용합니다.</translation>
        </message>
        <message>
            <source>{reason} Storyreel uses its default settings for now. A copy of it is kept as {path}.</source>
            <translation>{reason} Storyreel은 당분간 기본 설정을 사용합니다. 사본은 {path}(으)로 보관됩니다.</translation>
        </message>
        <message>
            <source>{reason} The schema Storyreel ships for it is used.</source>
            <translation>{reason} Storyreel에 포함된 스키마를 사용합니다.</translation>
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
            <translation>{seconds:.0f}초</translation>
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
            <translation>{source}은(는) 더 새로운 Storyreel용으로 작성되었습니다(형식 {version}).</translation>
        </message>
        <message>
            <source>{source}: 'input_schema' has no 'properties'.</source>
            <translation>{source}: 'input_schema'에 'properties'가 없습니다.</translation>
        </message>
        <message>
            <source>{source}: 'model_id' is missing.</source>
            <translation>{source}: 'model_id'가 없습니다.</translation>
        </message>
        <message>
            <source>{source}: expected a JSON object.</source>
            <translation>{source}: JSON 객체여야 합니다.</translation>
        </message>
        <message>
            <source>{summary} Nothing was sent.</source>
            <translation>{summary} 아무것도 보내지 않았습니다.</translation>
        </message>
        <message>
            <source>{text} ${known:.2f} for the per-second shots; shot {numbers} is priced per output ({units}).</source>
            <translation>{text} 초당 요금 샷은 ${known:.2f}이며, 샷 {numbers}은(는) 출력당 요금입니다({units}).</translation>
        </message>
        <message>
            <source>{text} ${known:.2f} for the per-second shots; shots {numbers} are priced per output ({units}).</source>
            <translation>{text} 초당 요금 샷은 ${known:.2f}이며, 샷 {numbers}은(는) 출력당 요금입니다({units}).</translation>
        </message>
        <message>
            <source>{text} Estimated total ${total:.2f}.</source>
            <translation>{text} 예상 합계 ${total:.2f}.</translation>
        </message>
        <message>
            <source>{text} Free local preview: a motion sketch of your frames, not AI generation.</source>
            <translation>{text} 무료 로컬 미리보기: 프레임으로 만든 모션 스케치이며 AI 생성이 아닙니다.</translation>
        </message>
        <message>
            <source>{text} Price unavailable: the live price of shot {numbers} could not be read ({reason}).</source>
            <translation>{text} 가격을 알 수 없음: 샷 {numbers}의 실시간 가격을 읽을 수 없습니다({reason}).</translation>
        </message>
        <message>
            <source>{text} Price unavailable: the live price of shots {numbers} could not be read ({reason}).</source>
            <translation>{text} 가격을 알 수 없음: 샷 {numbers}의 실시간 가격을 읽을 수 없습니다({reason}).</translation>
        </message>
        <message>
            <source>{title} has no effect at {condition}.</source>
            <translation>{title}은(는) {condition}에서는 효과가 없습니다.</translation>
        </message>
        <message>
            <source>{title}: the file {path} cannot be read ({reason}).</source>
            <translation>{title}: {path} 파일을 읽을 수 없습니다({reason}).</translation>
        </message>
        <message>
            <source>{title}: the file {path} does not exist.</source>
            <translation>{title}: {path} 파일이 없습니다.</translation>
        </message>
        <message>
            <source>{title}: the image cannot be made smaller than {limit} without going under the model's minimum of {side} px per side (it is {width}×{height} px).</source>
            <translation>{title}: 모델의 최소 크기인 변당 {side} px보다 작아지지 않고는 이미지를 {limit} 미만으로 줄일 수 없습니다(현재 {width}×{height} px).</translation>
        </message>
        <message>
            <source>{title}: the image does not fit in {limit} as PNG, and this model takes no other format.</source>
            <translation>{title}: 이미지를 PNG로 {limit} 안에 맞출 수 없고, 이 모델은 다른 형식을 받지 않습니다.</translation>
        </message>
        <message>
            <source>{title}: {message}</source>
            <translation>{title}: {message}</translation>
        </message>
        <message>
            <source>{title}: {name} cannot be made small enough to send from a file without cutting it (RunComfy takes at most {limit} MiB). Shorten it, or give a URL to the file instead.</source>
            <translation>{title}: {name}을(를) 자르지 않고는 파일로 보낼 수 있을 만큼 작게 만들 수 없습니다(RunComfy는 최대 {limit} MiB까지 받습니다). 길이를 줄이거나 파일의 URL을 대신 지정하세요.</translation>
        </message>
        <message>
            <source>{title}: {name} changed while it was being read, or does not pass its rules once prepared; check it again.</source>
            <translation>{title}: {name}이(가) 읽는 도중 바뀌었거나 준비한 뒤 규칙을 통과하지 못합니다. 다시 확인하세요.</translation>
        </message>
        <message>
            <source>{title}: {path} is not an image Storyreel can read ({reason}).</source>
            <translation>{title}: {path}은(는) Storyreel이 읽을 수 있는 이미지가 아닙니다({reason}).</translation>
        </message>
        <message>
            <source>{title}: {reason} Use the original file.</source>
            <translation>{title}: {reason} 원본 파일을 사용하세요.</translation>
        </message>
        <message>
            <source>{url} answered with an empty body instead of an image.</source>
            <translation>{url}이(가) 이미지 대신 빈 내용으로 응답했습니다.</translation>
        </message>
        <message>
            <source>{url} answered {status} instead of sending the image.</source>
            <translation>{url}이(가) 이미지를 보내는 대신 {status}(으)로 응답했습니다.</translation>
        </message>
        <message>
            <source>{url} answered {status} without saying where to.</source>
            <translation>{url}이(가) {status}(으)로 응답했지만 이동할 곳을 알려 주지 않았습니다.</translation>
        </message>
        <message>
            <source>{url} answered {status}.</source>
            <translation>{url}이(가) {status}(으)로 응답했습니다.</translation>
        </message>
        <message>
            <source>{url} cannot be fetched: {reason}.</source>
            <translation>{url}을(를) 가져올 수 없습니다: {reason}.</translation>
        </message>
        <message>
            <source>{url} did not answer within {seconds}.</source>
            <translation>{url}이(가) {seconds} 안에 응답하지 않았습니다.</translation>
        </message>
        <message>
            <source>{url} is larger than {limit}, the most Storyreel fetches for checking.</source>
            <translation>{url}이(가) {limit}보다 큽니다. Storyreel이 확인용으로 가져오는 최대 크기입니다.</translation>
        </message>
        <message>
            <source>{url} redirected more than {count} times; giving up.</source>
            <translation>{url}이(가) {count}번 넘게 리디렉션하여 중단했습니다.</translation>
        </message>
        <message>
            <source>{url} redirected to {target}, which is not fetched: {reason}</source>
            <translation>{url}이(가) {target}(으)로 리디렉션했지만 가져오지 않습니다: {reason}</translation>
        </message>
        <message>
            <source>{url} stopped sending data for {seconds}.</source>
            <translation>{url}이(가) {seconds} 동안 데이터를 보내지 않았습니다.</translation>
        </message>
        <message>
            <source>{value} is not one of {values}.</source>
            <translation>{value}은(는) {values} 중 하나가 아닙니다.</translation>
        </message>
        <message>
            <source>{value} is not one of: {listed}.</source>
            <translation>{value}은(는) 다음 중 하나가 아닙니다: {listed}.</translation>
        </message>
        <message>
            <source>{value} must be a multiple of {limit}.</source>
            <translation>{value}은(는) {limit}의 배수여야 합니다.</translation>
        </message>
        <message>
            <source>{value} must be at least {limit}.</source>
            <translation>{value}은(는) {limit} 이상이어야 합니다.</translation>
        </message>
        <message>
            <source>{value} must be at most {limit}.</source>
            <translation>{value}은(는) {limit} 이하여야 합니다.</translation>
        </message>
        <message>
            <source>{value} must be less than {limit}.</source>
            <translation>{value}은(는) {limit}보다 작아야 합니다.</translation>
        </message>
        <message>
            <source>{value} must be more than {limit}.</source>
            <translation>{value}은(는) {limit}보다 커야 합니다.</translation>
        </message>
        <message>
            <source>{what} cannot be opened: its "{key}" should be {wanted}, but it is {actual}. The file was left as it is; correct it in a text editor or open another storyboard.</source>
            <translation>{what}을(를) 열 수 없습니다: "{key}" 항목은 {wanted} 형식이어야 하지만 현재 값은 {actual}입니다. 파일은 그대로 두었습니다. 텍스트 편집기에서 고치거나 다른 스토리보드를 여세요.</translation>
        </message>
        <message>
            <source>{what} cannot be read: it is a folder, not a file.</source>
            <translation>{what}을(를) 읽을 수 없습니다. 파일이 아니라 폴더입니다.</translation>
        </message>
        <message>
            <source>{what} cannot be read: it is not a text file (not UTF-8).</source>
            <translation>{what}을(를) 읽을 수 없습니다. 텍스트 파일(UTF-8)이 아닙니다.</translation>
        </message>
        <message>
            <source>{what} cannot be read: it is not valid JSON ({problem} at line {line}).</source>
            <translation>{what}을(를) 읽을 수 없습니다. 올바른 JSON이 아닙니다({line}번째 줄: {problem}).</translation>
        </message>
        <message>
            <source>{what} cannot be read: its data is nested more than {depth} levels deep, which no file Storyreel writes is.</source>
            <translation>{what}을(를) 읽을 수 없습니다. 데이터가 {depth}단계보다 깊게 중첩되어 있는데, Storyreel이 쓰는 파일은 그렇지 않습니다.</translation>
        </message>
        <message>
            <source>{what} cannot be read: {reason}.</source>
            <translation>{what}을(를) 읽을 수 없습니다: {reason}.</translation>
        </message>
        <message>
            <source>{what} failed; it was not sent</source>
            <translation>{what} 실패, 보내지 않았습니다</translation>
        </message>
        <message>
            <source>{what} has an unreadable storyboard version ({version}); expected a whole number from 0 to {latest}.</source>
            <translation>{what}의 스토리보드 버전({version})을 읽을 수 없습니다. 0부터 {latest}까지의 정수여야 합니다.</translation>
        </message>
        <message>
            <source>{what} is not a Storyreel storyboard: it has no "format": "{name}" entry.</source>
            <translation>{what}은(는) Storyreel 스토리보드가 아닙니다. "format": "{name}" 항목이 없습니다.</translation>
        </message>
        <message>
            <source>{what} was saved by a newer Storyreel (storyboard format version {version}); this Storyreel opens versions up to {latest}. Update Storyreel to open it.</source>
            <translation>{what}은(는) 더 새로운 Storyreel에서 저장되었습니다(스토리보드 형식 버전 {version}). 이 Storyreel은 버전 {latest}까지만 열 수 있습니다. 열려면 Storyreel을 업데이트하세요.</translation>
        </message>
        <message>
            <source>{what}: RunComfy answered with JSON that is not an object.</source>
            <translation>{what}: RunComfy가 객체가 아닌 JSON으로 응답했습니다.</translation>
        </message>
        <message>
            <source>{what}: RunComfy answered with a server error (HTTP {status}), so it may or may not have queued the job.</source>
            <translation>{what}: RunComfy가 서버 오류(HTTP {status})로 응답했으므로 작업이 대기열에 들어갔는지 알 수 없습니다.</translation>
        </message>
        <message>
            <source>{what}: RunComfy answered with something that is not JSON.</source>
            <translation>{what}: RunComfy가 JSON이 아닌 응답을 보냈습니다.</translation>
        </message>
        <message>
            <source>{what}: RunComfy had a server error (HTTP {status}) and Storyreel's retries did not get past it.{said}</source>
            <translation>{what}: RunComfy에서 서버 오류(HTTP {status})가 발생했고 Storyreel의 재시도로도 해결되지 않았습니다.{said}</translation>
        </message>
        <message>
            <source>{what}: RunComfy is receiving too many requests from this account.{after} Storyreel waited and tried again; try again in a minute.{said}</source>
            <translation>{what}: RunComfy가 이 계정에서 너무 많은 요청을 받고 있습니다.{after} Storyreel이 기다렸다가 다시 시도했습니다. 1분 후에 다시 시도하세요.{said}</translation>
        </message>
        <message>
            <source>{what}: RunComfy refused the request (HTTP {status}) without a reason.</source>
            <translation>{what}: RunComfy가 이유 없이 요청을 거부했습니다(HTTP {status}).</translation>
        </message>
        <message>
            <source>{what}: RunComfy refused the request (HTTP {status}).{said}</source>
            <translation>{what}: RunComfy가 요청을 거부했습니다(HTTP {status}).{said}</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer (HTTP {status}) was not what its API promises.{said}</source>
            <translation>{what}: RunComfy의 응답(HTTP {status})이 API가 약속한 형식이 아닙니다.{said}</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer carried no usable request id, so Storyreel cannot tell whether the job was queued.</source>
            <translation>{what}: RunComfy 응답에 사용할 수 있는 요청 ID가 없어 Storyreel이 작업이 대기열에 들어갔는지 알 수 없습니다.</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer has neither a status nor an output.</source>
            <translation>{what}: RunComfy 응답에 상태도 출력도 없습니다.</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer has no status.</source>
            <translation>{what}: RunComfy 응답에 상태가 없습니다.</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer has no usable price (price {price}, unit {unit}), so nothing is sent.</source>
            <translation>{what}: RunComfy 응답에 사용할 수 있는 가격이 없으므로(가격 {price}, 단위 {unit}) 아무것도 보내지 않습니다.</translation>
        </message>
        <message>
            <source>{what}: the API key was refused (missing, expired or revoked, or the account is inactive). Check it in Settings.{said}</source>
            <translation>{what}: API 키가 거부되었습니다(없음, 만료 또는 취소되었거나 계정이 비활성 상태입니다). 설정에서 확인하세요.{said}</translation>
        </message>
        <message>
            <source>{what}: the answer states no balance.</source>
            <translation>{what}: 응답에 잔액이 없습니다.</translation>
        </message>
        <message>
            <source>{what}: the connection failed after the job was sent ({reason}), so RunComfy may or may not have received it.</source>
            <translation>{what}: 작업을 보낸 뒤 연결이 끊겼으므로({reason}) RunComfy가 받았는지 알 수 없습니다.</translation>
        </message>
        <message>
            <source>{what}: the job is gone on the server (its request id is unknown, deleted or expired).{said}</source>
            <translation>{what}: 서버에 작업이 더 이상 없습니다(요청 ID를 알 수 없거나 삭제되었거나 만료되었습니다).{said}</translation>
        </message>
        <message>
            <source>{what}: the model id is wrong, or the request id is malformed, so RunComfy does not know it.{said}</source>
            <translation>{what}: 모델 ID가 잘못되었거나 요청 ID의 형식이 올바르지 않아 RunComfy가 알 수 없습니다.{said}</translation>
        </message>
        <message>
            <source>{what}: the server sent a redirect to {where}, which Storyreel does not follow: check the API address in Settings.</source>
            <translation>{what}: 서버가 {where}(으)로 리디렉션했지만 Storyreel은 따르지 않습니다. 설정에서 API 주소를 확인하세요.</translation>
        </message>
        <message>
            <source>{what}: the server's answer was larger ({size}) than the {limit} an API answer may be, so Storyreel stopped reading it. Check the API address in Settings: it may not be RunComfy's Model API.</source>
            <translation>{what}: 서버 응답({size})이 API 응답의 허용 크기인 {limit}보다 커서 Storyreel이 읽기를 멈췄습니다. 설정에서 API 주소를 확인하세요. RunComfy의 Model API가 아닐 수 있습니다.</translation>
        </message>
        <message>
            <source>{what}: the server's answer was larger than the {limit} an API answer may be, so Storyreel stopped reading it. Check the API address in Settings: it may not be RunComfy's Model API.</source>
            <translation>{what}: 서버 응답이 API 응답의 허용 크기인 {limit}보다 커서 Storyreel이 읽기를 멈췄습니다. 설정에서 API 주소를 확인하세요. RunComfy의 Model API가 아닐 수 있습니다.</translation>
        </message>
        <message>
            <source>{what}: this request belongs to another RunComfy account, so the API key in use cannot see it.{said}</source>
            <translation>{what}: 이 요청은 다른 RunComfy 계정의 것이라 사용 중인 API 키로는 볼 수 없습니다.{said}</translation>
        </message>
        <message>
            <source>{what}: your RunComfy balance is used up. Top up your RunComfy account; nothing was run.{said}</source>
            <translation>{what}: RunComfy 잔액이 모두 소진되었습니다. RunComfy 계정을 충전하세요. 실행된 것은 없습니다.{said}</translation>
        </message>
        <message>
            <source>{what}: {host} could not be reached ({reason}). Check your internet connection; Storyreel tried several times.</source>
            <translation>{what}: {host}에 연결할 수 없습니다({reason}). 인터넷 연결을 확인하세요. Storyreel이 여러 번 시도했습니다.</translation>
        </message>
        <message>
            <source>{what}: {host} did not answer in time ({reason}). Check your internet connection; Storyreel tried several times.</source>
            <translation>{what}: {host}이(가) 제때 응답하지 않았습니다({reason}). 인터넷 연결을 확인하세요. Storyreel이 여러 번 시도했습니다.</translation>
        </message>
        <message>
            <source>{what}: {host} dropped the connection ({reason}). Check your internet connection; Storyreel tried several times.</source>
            <translation>{what}: {host}이(가) 연결을 끊었습니다({reason}). 인터넷 연결을 확인하세요. Storyreel이 여러 번 시도했습니다.</translation>
        </message>
        <message>
            <source>{what}: {host} offers no balance Storyreel knows.</source>
            <translation>{what}: {host}에는 Storyreel이 아는 잔액 정보가 없습니다.</translation>
        </message>
        <message>
            <source>{where}: {message}</source>
            <translation>{where}: {message}</translation>
        </message>
        <message>
            <source>{written} of {total} bytes arrived</source>
            <translation>{total}바이트 중 {written}바이트 도착</translation>
        </message>
    </context>
    <context>
        <name>ExportFlow</name>
        <message>
            <source>An export is already running.</source>
            <translation>이미 내보내기가 진행 중입니다.</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Export cancelled: {name} was not written.</source>
            <translation>내보내기를 취소했습니다. {name}은(는) 기록되지 않았습니다.</translation>
        </message>
        <message>
            <source>Export sequence as MP4</source>
            <translation>시퀀스를 MP4로 내보내기</translation>
        </message>
        <message>
            <source>Export shot list as CSV</source>
            <translation>샷 목록을 CSV로 내보내기</translation>
        </message>
        <message>
            <source>Export shot list as JSON</source>
            <translation>샷 목록을 JSON으로 내보내기</translation>
        </message>
        <message>
            <source>Exported {name}: {seconds} s, {width}×{height}, with its captions beside it.</source>
            <translation>{name}을(를) 내보냈습니다: {seconds}초, {width}×{height}, 자막 파일이 옆에 있습니다.</translation>
        </message>
        <message>
            <source>Exporting {name}…</source>
            <translation>{name} 내보내는 중…</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>MP4 video (*.mp4)</source>
            <translation>MP4 동영상 (*.mp4)</translation>
        </message>
        <message>
            <source>Shot list saved as {name}.</source>
            <translation>샷 목록을 {name}(으)로 저장했습니다.</translation>
        </message>
        <message>
            <source>Shots not rendered yet are held as their first frame.</source>
            <translation>아직 렌더링되지 않은 샷은 첫 프레임을 정지 화면으로 보여 줍니다.</translation>
        </message>
        <message>
            <source>The shot list could not be saved as {name}: {error}</source>
            <translation>샷 목록을 {name}(으)로 저장하지 못했습니다: {error}</translation>
        </message>
        <message>
            <source>There is nothing to export yet: add frames first.</source>
            <translation>아직 내보낼 것이 없습니다. 먼저 프레임을 추가하세요.</translation>
        </message>
        <message>
            <source>{name} could not be exported: {error}</source>
            <translation>{name}을(를) 내보내지 못했습니다: {error}</translation>
        </message>
        <message>
            <source>{name} shot list</source>
            <translation>{name} 샷 목록</translation>
        </message>
    </context>
    <context>
        <name>FetchProgress</name>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Cancel fetching the image</source>
            <translation>이미지 가져오기 취소</translation>
        </message>
        <message>
            <source>Fetched {amount}</source>
            <translation>{amount} 가져옴</translation>
        </message>
        <message>
            <source>Stop fetching this image.</source>
            <translation>이 이미지 가져오기를 중단합니다.</translation>
        </message>
        <message>
            <source>Waiting for the server…</source>
            <translation>서버를 기다리는 중…</translation>
        </message>
        <message>
            <source>{received} of {total}</source>
            <translation>{received} / {total}</translation>
        </message>
    </context>
    <context>
        <name>FieldLabels</name>
        <message>
            <source>Aspect ratio</source>
            <translation>화면 비율</translation>
        </message>
        <message>
            <source>Camera fixed</source>
            <translation>카메라 고정</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>길이</translation>
        </message>
        <message>
            <source>First frame</source>
            <translation>첫 프레임</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>프레임</translation>
        </message>
        <message>
            <source>Generate audio</source>
            <translation>오디오 생성</translation>
        </message>
        <message>
            <source>Last frame</source>
            <translation>마지막 프레임</translation>
        </message>
        <message>
            <source>Negative prompt</source>
            <translation>네거티브 프롬프트</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>프롬프트</translation>
        </message>
        <message>
            <source>Published title: {title}</source>
            <translation>게시된 이름: {title}</translation>
        </message>
        <message>
            <source>Reference images</source>
            <translation>참조 이미지</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>해상도</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>시드</translation>
        </message>
    </context>
    <context>
        <name>FieldWidget</name>
        <message>
            <source>Image {n}: </source>
            <translation>이미지 {n}: </translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>&amp;Export sequence as MP4…</source>
            <translation>시퀀스를 MP4로 내보내기(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;New storyboard</source>
            <translation>새 스토리보드(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open storyboard…</source>
            <translation>스토리보드 열기(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Save storyboard</source>
            <translation>스토리보드 저장(&amp;S)</translation>
        </message>
        <message>
            <source>Add frames…</source>
            <translation>프레임 추가…</translation>
        </message>
        <message>
            <source>Add images after the selected frame (Insert)</source>
            <translation>선택한 프레임 뒤에 이미지 추가(Insert)</translation>
        </message>
        <message>
            <source>Choose the part of the selected frame the shot keeps, at the shot's aspect ratio (Ctrl+Shift+F)</source>
            <translation>샷의 화면 비율에 맞춰 선택한 프레임에서 샷에 남길 부분을 고릅니다(Ctrl+Shift+F)</translation>
        </message>
        <message>
            <source>Clear the list</source>
            <translation>목록 지우기</translation>
        </message>
        <message>
            <source>Continue from last frame</source>
            <translation>마지막 프레임에서 이어 가기</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>복제</translation>
        </message>
        <message>
            <source>Duplicate the selected frame, with its shot's settings (Ctrl+D)</source>
            <translation>선택한 프레임을 샷 설정과 함께 복제(Ctrl+D)</translation>
        </message>
        <message>
            <source>Every shot with its frames, model, prompt, settings, cost and clip</source>
            <translation>각 샷의 프레임, 모델, 프롬프트, 설정, 비용, 클립</translation>
        </message>
        <message>
            <source>Every take of this shot: choose the one the sequence plays, reject, delete, star or compare them</source>
            <translation>이 샷의 모든 테이크: 시퀀스에서 재생할 테이크를 고르거나, 제외·삭제·별표·비교합니다</translation>
        </message>
        <message>
            <source>Export shot list as &amp;CSV…</source>
            <translation>샷 목록을 CSV로 내보내기(&amp;C)…</translation>
        </message>
        <message>
            <source>Export shot list as &amp;JSON…</source>
            <translation>샷 목록을 JSON으로 내보내기(&amp;J)…</translation>
        </message>
        <message>
            <source>Frame…</source>
            <translation>프레이밍…</translation>
        </message>
        <message>
            <source>Generate selected shots</source>
            <translation>선택한 샷 생성</translation>
        </message>
        <message>
            <source>Move left</source>
            <translation>왼쪽으로 이동</translation>
        </message>
        <message>
            <source>Move right</source>
            <translation>오른쪽으로 이동</translation>
        </message>
        <message>
            <source>Move the selected frame one place earlier (Alt+Left)</source>
            <translation>선택한 프레임을 한 칸 앞으로(Alt+왼쪽)</translation>
        </message>
        <message>
            <source>Move the selected frame one place later (Alt+Right)</source>
            <translation>선택한 프레임을 한 칸 뒤로(Alt+오른쪽)</translation>
        </message>
        <message>
            <source>No recent storyboards</source>
            <translation>최근 스토리보드 없음</translation>
        </message>
        <message>
            <source>One video of the whole board: finished clips, held frames for the rest</source>
            <translation>보드 전체를 하나의 동영상으로: 완성된 클립, 나머지는 정지 프레임</translation>
        </message>
        <message>
            <source>Open &amp;recent storyboard</source>
            <translation>최근 스토리보드 열기(&amp;R)</translation>
        </message>
        <message>
            <source>Open a storyboard file</source>
            <translation>스토리보드 파일 열기</translation>
        </message>
        <message>
            <source>Play from this shot</source>
            <translation>이 샷부터 재생</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>제거</translation>
        </message>
        <message>
            <source>Remove the selected frame (Delete)</source>
            <translation>선택한 프레임 제거(Delete)</translation>
        </message>
        <message>
            <source>Save storyboard &amp;as…</source>
            <translation>스토리보드를 다른 이름으로 저장(&amp;A)…</translation>
        </message>
        <message>
            <source>Save the storyboard (boards with a file are also saved as you work)</source>
            <translation>스토리보드 저장(파일이 있는 스토리보드는 작업하는 동안에도 저장됨)</translation>
        </message>
        <message>
            <source>Save the storyboard to a new file</source>
            <translation>스토리보드를 새 파일로 저장</translation>
        </message>
        <message>
            <source>Start an empty storyboard</source>
            <translation>빈 스토리보드 시작</translation>
        </message>
        <message>
            <source>Takes…</source>
            <translation>테이크…</translation>
        </message>
        <message>
            <source>The last frame of this shot's clip becomes a new frame right after it, so the scene goes on from where the clip ends</source>
            <translation>이 샷 클립의 마지막 프레임이 바로 뒤에 새 프레임으로 들어가, 클립이 끝난 곳에서 장면이 이어집니다</translation>
        </message>
        <message>
            <source>The shot list for a spreadsheet</source>
            <translation>스프레드시트용 샷 목록</translation>
        </message>
    </context>
    <context>
        <name>FixActions</name>
        <message>
            <source>Colour of the bars</source>
            <translation>여백 막대 색</translation>
        </message>
        <message>
            <source>Crop to {ratio}…</source>
            <translation>{ratio}(으)로 자르기…</translation>
        </message>
        <message>
            <source>That region cannot be made to pass this model's size rules; frame a larger part of the picture.</source>
            <translation>그 영역은 이 모델의 크기 규칙을 충족할 수 없습니다. 그림의 더 큰 부분을 프레이밍하세요.</translation>
        </message>
    </context>
    <context>
        <name>FixButtons</name>
        <message>
            <source>Another colour…</source>
            <translation>다른 색…</translation>
        </message>
        <message>
            <source>Black bars</source>
            <translation>검은 여백</translation>
        </message>
        <message>
            <source>Blurred edges</source>
            <translation>흐린 가장자리</translation>
        </message>
        <message>
            <source>Mirrored edges</source>
            <translation>거울 반사 가장자리</translation>
        </message>
    </context>
    <context>
        <name>FixTitles</name>
        <message>
            <source>Convert to {fmt}</source>
            <translation>{fmt}(으)로 변환</translation>
        </message>
        <message>
            <source>Convert to {fmt} under {mb}</source>
            <translation>{mb} 미만의 {fmt}(으)로 변환</translation>
        </message>
        <message>
            <source>Crop to {size}</source>
            <translation>{size}(으)로 자르기</translation>
        </message>
        <message>
            <source>Downscale to {size}</source>
            <translation>{size}(으)로 축소</translation>
        </message>
        <message>
            <source>Pad to {size}</source>
            <translation>{size}(으)로 여백 채우기</translation>
        </message>
        <message>
            <source>Re-encode to {fmt} under {mb}</source>
            <translation>{mb} 미만의 {fmt}(으)로 다시 인코딩</translation>
        </message>
        <message>
            <source>Save upright</source>
            <translation>똑바로 세워 저장</translation>
        </message>
        <message>
            <source>Upscale to {size}</source>
            <translation>{size}(으)로 확대</translation>
        </message>
    </context>
    <context>
        <name>Fixes</name>
        <message>
            <source>Adds black bars above and below to reach an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>위아래에 검은 여백을 넣어 화면 비율을 {ratio}(으)로 맞추고 {size} px로 만들어 {saved}합니다.</translation>
        </message>
        <message>
            <source>Adds black bars left and right to reach an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>좌우에 검은 여백을 넣어 화면 비율을 {ratio}(으)로 맞추고 {size} px로 만들어 {saved}합니다.</translation>
        </message>
        <message>
            <source>Adds transparent bars above and below to reach an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>위아래에 투명한 여백을 넣어 화면 비율을 {ratio}(으)로 맞추고 {size} px로 만들어 {saved}합니다.</translation>
        </message>
        <message>
            <source>Adds transparent bars left and right to reach an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>좌우에 투명한 여백을 넣어 화면 비율을 {ratio}(으)로 맞추고 {size} px로 만들어 {saved}합니다.</translation>
        </message>
        <message>
            <source>Convert to MP4 ({codecs})</source>
            <translation>MP4({codecs})로 변환</translation>
        </message>
        <message>
            <source>Convert to MP4 ({codecs}) under {size}</source>
            <translation>{size} 미만의 MP4({codecs})로 변환</translation>
        </message>
        <message>
            <source>Convert to WAV ({rate:g} kHz, mono)</source>
            <translation>WAV({rate:g} kHz, 모노)로 변환</translation>
        </message>
        <message>
            <source>Convert to WAV ({rate:g} kHz, stereo)</source>
            <translation>WAV({rate:g} kHz, 스테레오)로 변환</translation>
        </message>
        <message>
            <source>Crops the left and right edges to an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>왼쪽과 오른쪽 가장자리를 잘라 화면 비율을 {ratio}(으)로 맞추고 {size} px로 만들어 {saved}합니다.</translation>
        </message>
        <message>
            <source>Crops the top and bottom to an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>위쪽과 아래쪽을 잘라 화면 비율을 {ratio}(으)로 맞추고 {size} px로 만들어 {saved}합니다.</translation>
        </message>
        <message>
            <source>Downscale to {width} × {height}</source>
            <translation>{width} × {height}(으)로 축소</translation>
        </message>
        <message>
            <source>Lower the frame rate to {fps:g} fps</source>
            <translation>프레임 레이트를 {fps:g} fps로 낮추기</translation>
        </message>
        <message>
            <source>Saves a copy in {format} format, which this field accepts; the picture itself is not changed.</source>
            <translation>이 항목이 받는 {format} 형식으로 사본을 저장합니다. 그림 자체는 바뀌지 않습니다.</translation>
        </message>
        <message>
            <source>Saves a {format} copy at the highest quality that stays under {limit}, scaling it down only if that is not enough.</source>
            <translation>{limit} 미만을 유지하는 가장 높은 품질로 {format} 사본을 저장하고, 그래도 부족할 때만 축소합니다.</translation>
        </message>
        <message>
            <source>Saves a {format} copy with the camera's rotation applied to the pixels, so that every reader sees it upright at {size} px.</source>
            <translation>카메라 회전을 픽셀에 적용한 {format} 사본을 저장해 어떤 프로그램에서도 {size} px로 바로 보이게 합니다.</translation>
        </message>
        <message>
            <source>Scales the image down to {size} px so that {reason}, {saved}.</source>
            <translation>이미지를 {size} px로 축소하고({reason}) {saved}합니다.</translation>
        </message>
        <message>
            <source>Scales the image up to {size} px so that {reason}, {saved}.</source>
            <translation>이미지를 {size} px로 확대하고({reason}) {saved}합니다.</translation>
        </message>
        <message>
            <source>Trim to {length}</source>
            <translation>{length}(으)로 자르기</translation>
        </message>
        <message>
            <source>at least {pixels} px</source>
            <translation>{pixels} px 이상</translation>
        </message>
        <message>
            <source>at most {pixels} px</source>
            <translation>{pixels} px 이하</translation>
        </message>
        <message>
            <source>convert to MP4 ({codecs})</source>
            <translation>MP4({codecs})로 변환</translation>
        </message>
        <message>
            <source>convert to MP4 ({codecs}) under {size}</source>
            <translation>{size} 미만의 MP4({codecs})로 변환</translation>
        </message>
        <message>
            <source>convert to WAV ({rate:g} kHz, mono)</source>
            <translation>WAV({rate:g} kHz, 모노)로 변환</translation>
        </message>
        <message>
            <source>convert to WAV ({rate:g} kHz, stereo)</source>
            <translation>WAV({rate:g} kHz, 스테레오)로 변환</translation>
        </message>
        <message>
            <source>downscale to {width} × {height}</source>
            <translation>{width} × {height}(으)로 축소</translation>
        </message>
        <message>
            <source>each side is {limits}</source>
            <translation>각 변이 {limits}</translation>
        </message>
        <message>
            <source>it meets the size rules</source>
            <translation>크기 규칙 충족</translation>
        </message>
        <message>
            <source>less than {pixels} px</source>
            <translation>{pixels} px 미만</translation>
        </message>
        <message>
            <source>lower the frame rate to {fps:g} fps</source>
            <translation>프레임 레이트를 {fps:g} fps로 낮추기</translation>
        </message>
        <message>
            <source>more than {pixels} px</source>
            <translation>{pixels} px 초과</translation>
        </message>
        <message>
            <source>saved as a new {format} file</source>
            <translation>새 {format} 파일로 저장</translation>
        </message>
        <message>
            <source>saved as a new {format} file under {limit}</source>
            <translation>{limit} 미만의 새 {format} 파일로 저장</translation>
        </message>
        <message>
            <source>the height is {limits}</source>
            <translation>높이가 {limits}</translation>
        </message>
        <message>
            <source>the width is {limits}</source>
            <translation>너비가 {limits}</translation>
        </message>
        <message>
            <source>trim to {length}</source>
            <translation>{length}(으)로 자르기</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first}, {second}</translation>
        </message>
        <message>
            <source>{first}, {rest}</source>
            <translation>{first}, {rest}</translation>
        </message>
        <message>
            <source>{kilobytes} kB</source>
            <translation>{kilobytes}kB</translation>
        </message>
        <message>
            <source>{megabytes:.1f} MB</source>
            <translation>{megabytes:.1f}MB</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes}분</translation>
        </message>
        <message>
            <source>{seconds:g} s</source>
            <translation>{seconds:g}초</translation>
        </message>
        <message>
            <source>{title}. The original file is kept; the copy is used instead.</source>
            <translation>{title}. 원본 파일은 그대로 두고 사본을 대신 사용합니다.</translation>
        </message>
    </context>
    <context>
        <name>FrameFraming</name>
        <message>
            <source>Frame image</source>
            <translation>이미지 프레이밍</translation>
        </message>
        <message>
            <source>Frame {n} is framed: Undo brings the whole picture back.</source>
            <translation>프레임 {n}을(를) 프레이밍했습니다. 실행 취소하면 전체 그림으로 돌아갑니다.</translation>
        </message>
        <message>
            <source>Select a frame to frame it.</source>
            <translation>프레이밍할 프레임을 선택하세요.</translation>
        </message>
        <message>
            <source>That region cannot be made to pass this model's size rules; frame a larger part of the picture.</source>
            <translation>그 영역은 이 모델의 크기 규칙을 충족할 수 없습니다. 그림의 더 큰 부분을 프레이밍하세요.</translation>
        </message>
        <message>
            <source>The frame was removed before its framed copy was ready: {path}.</source>
            <translation>프레이밍한 사본이 준비되기 전에 프레임이 제거되었습니다: {path}.</translation>
        </message>
        <message>
            <source>The image of frame {n} is missing, so it cannot be framed.</source>
            <translation>프레임 {n}의 이미지가 없어서 프레이밍할 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>FrameRestorer</name>
        <message numerus="yes">
            <source>The pictures {files} from last time are no longer where they were, so they were left out. Drop them again to use them.</source>
            <translation>
                <numerusform>지난번 사진 {files}이(가) 원래 위치에 없어서 제외했습니다. 사용하려면 다시 놓으세요.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrameStrip</name>
        <message>
            <source>Drop images or a folder here to lay out your story frame by frame,
or use Add frames…</source>
            <translation>이미지나 폴더를 여기에 놓아 이야기를 프레임별로 배치하거나,
프레임 추가…를 사용하세요</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>프레임</translation>
        </message>
        <message>
            <source>The storyboard's frames in order. Delete removes the selected frame, Ctrl+D duplicates it, Alt+Left and Alt+Right move it.</source>
            <translation>스토리보드의 프레임 순서입니다. Delete는 선택한 프레임을 제거하고, Ctrl+D는 복제하며, Alt+왼쪽/오른쪽은 이동합니다.</translation>
        </message>
    </context>
    <context>
        <name>FramingCanvas</name>
        <message>
            <source>Framing rectangle</source>
            <translation>프레이밍 사각형</translation>
        </message>
        <message>
            <source>{width} × {height} px from {left}, {top}</source>
            <translation>{left}, {top}부터 {width} × {height}px</translation>
        </message>
    </context>
    <context>
        <name>FramingDialog</name>
        <message>
            <source>Crop</source>
            <translation>자르기</translation>
        </message>
        <message>
            <source>Drag the frame to choose what the shot keeps, or a corner to resize it; the aspect ratio stays {ratio}. Arrow keys move it (with Shift, ten pixels at a time), + and − resize it, Home centres it, F makes it as large as it can be.</source>
            <translation>틀을 끌어 샷에 남길 부분을 고르고, 모서리를 끌어 크기를 바꿉니다. 화면 비율은 {ratio}(으)로 유지됩니다. 화살표 키로 옮기고(Shift를 누르면 10픽셀씩), + 와 −로 크기를 바꾸고, Home으로 가운데에 두고, F로 가능한 한 크게 만듭니다.</translation>
        </message>
        <message>
            <source>Frame {name}</source>
            <translation>프레이밍: {name}</translation>
        </message>
        <message>
            <source>Keeps {width} × {height} px, from {left}, {top}.</source>
            <translation>{left}, {top}부터 {width} × {height}px를 남깁니다.</translation>
        </message>
        <message>
            <source>Thin lines: the rule of thirds. Dashed line: the title-safe area, where text stays visible on every screen.</source>
            <translation>가는 선: 3분할 구도. 점선: 타이틀 세이프 영역으로, 어느 화면에서나 글자가 보이는 범위입니다.</translation>
        </message>
    </context>
    <context>
        <name>GenerateFlow</name>
        <message>
            <source>Free local preview · nothing is sent or paid</source>
            <translation>무료 로컬 미리보기 · 아무것도 보내거나 결제하지 않음</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>생성</translation>
        </message>
        <message>
            <source>Generate a clip with these settings (Ctrl+Enter)</source>
            <translation>이 설정으로 클립 생성(Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Generate preview</source>
            <translation>미리보기 생성</translation>
        </message>
        <message>
            <source>Generate · {price}</source>
            <translation>생성 · {price}</translation>
        </message>
        <message>
            <source>Not sent: it would pass your spending cap.</source>
            <translation>보내지 않음: 지출 한도를 넘게 됩니다.</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>가격</translation>
        </message>
        <message>
            <source>Price unavailable</source>
            <translation>가격을 알 수 없음</translation>
        </message>
        <message>
            <source>Reading the price…</source>
            <translation>가격을 읽는 중…</translation>
        </message>
        <message>
            <source>Sending your job…</source>
            <translation>작업을 보내는 중…</translation>
        </message>
        <message>
            <source>Storyreel is still starting.</source>
            <translation>Storyreel이 아직 시작 중입니다.</translation>
        </message>
        <message>
            <source>Why Generate is not available</source>
            <translation>생성을 사용할 수 없는 이유</translation>
        </message>
        <message>
            <source>second</source>
            <translation>초</translation>
        </message>
        <message>
            <source>video</source>
            <translation>동영상</translation>
        </message>
        <message>
            <source>{price} per {unit}</source>
            <translation>{unit}당 {price}</translation>
        </message>
        <message>
            <source>{total} estimated · {per_unit}</source>
            <translation>예상 {total} · {per_unit}</translation>
        </message>
    </context>
    <context>
        <name>GenericWidget</name>
        <message>
            <source>'{text}' cannot be read as a {kind} value ({reason}).</source>
            <translation>'{text}'을(를) {kind} 값으로 읽을 수 없습니다({reason}).</translation>
        </message>
        <message>
            <source>A value, as JSON</source>
            <translation>값(JSON 형식)</translation>
        </message>
        <message>
            <source>A {kind} value, as JSON</source>
            <translation>{kind} 값(JSON 형식)</translation>
        </message>
    </context>
    <context>
        <name>HandoffDialog</name>
        <message>
            <source>&amp;Folder:</source>
            <translation>폴더(&amp;F):</translation>
        </message>
        <message>
            <source>A4, landscape</source>
            <translation>A4, 가로</translation>
        </message>
        <message>
            <source>Animatic video (MP4), with its captions (.srt) beside it</source>
            <translation>애니매틱 동영상(MP4)과 옆에 자막(.srt)</translation>
        </message>
        <message>
            <source>Board PDF: frames in a grid with prompts and notes</source>
            <translation>보드 PDF: 프롬프트와 메모가 있는 프레임 격자</translation>
        </message>
        <message>
            <source>Bottom left</source>
            <translation>왼쪽 아래</translation>
        </message>
        <message>
            <source>Bottom right</source>
            <translation>오른쪽 아래</translation>
        </message>
        <message>
            <source>CMX 3600 edit decision list (.edl)</source>
            <translation>CMX 3600 편집 결정 목록(.edl)</translation>
        </message>
        <message>
            <source>Captions (.srt): shot numbers and notes</source>
            <translation>자막(.srt): 샷 번호와 메모</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <source>Export for an editor</source>
            <translation>편집용으로 내보내기</translation>
        </message>
        <message>
            <source>Export into folder</source>
            <translation>폴더로 내보내기</translation>
        </message>
        <message>
            <source>Final Cut Pro 7 XML (.xml) for Premiere Pro and Resolve</source>
            <translation>Premiere Pro 및 Resolve용 Final Cut Pro 7 XML(.xml)</translation>
        </message>
        <message>
            <source>Not burnt in</source>
            <translation>넣지 않음</translation>
        </message>
        <message>
            <source>OpenTimelineIO timeline (.otio) for DaVinci Resolve</source>
            <translation>DaVinci Resolve용 OpenTimelineIO 타임라인(.otio)</translation>
        </message>
        <message>
            <source>PDF &amp;paper:</source>
            <translation>PDF 용지(&amp;P):</translation>
        </message>
        <message>
            <source>Shot numbers and notes in the &amp;video:</source>
            <translation>동영상 속 샷 번호와 메모(&amp;V):</translation>
        </message>
        <message>
            <source>Top left</source>
            <translation>왼쪽 위</translation>
        </message>
        <message>
            <source>Top right</source>
            <translation>오른쪽 위</translation>
        </message>
        <message>
            <source>US Letter, landscape</source>
            <translation>US Letter, 가로</translation>
        </message>
        <message>
            <source>Write these files:</source>
            <translation>다음 파일 쓰기:</translation>
        </message>
    </context>
    <context>
        <name>HandoffFlow</name>
        <message numerus="yes">
            <source>%n clips matched no shot of this board and were left out.</source>
            <translation>
                <numerusform>클립 %n개가 이 보드의 어떤 샷과도 맞지 않아 제외했습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files of the same name are already in {folder}.</source>
            <translation>
                <numerusform>{folder}에 같은 이름의 파일이 이미 %n개 있습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Bring back an edit…</source>
            <translation>편집본 가져오기(&amp;B)…</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>모든 파일 (*)</translation>
        </message>
        <message>
            <source>An edit list (.otio, .xml, .edl), captions, the animatic and a board PDF</source>
            <translation>편집 목록(.otio, .xml, .edl), 자막, 애니매틱, 보드 PDF</translation>
        </message>
        <message>
            <source>An export is already running.</source>
            <translation>이미 내보내기가 진행 중입니다.</translation>
        </message>
        <message>
            <source>Bring back an edit</source>
            <translation>편집본 가져오기</translation>
        </message>
        <message>
            <source>Bring back the edit from {name}</source>
            <translation>{name}에서 편집본 가져오기</translation>
        </message>
        <message>
            <source>Brought back from {name} (Undo takes it back):</source>
            <translation>{name}에서 가져왔습니다(실행 취소로 되돌릴 수 있음):</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Edit lists (*.otio *.xml)</source>
            <translation>편집 목록 (*.otio *.xml)</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>내보내기를 취소했습니다.</translation>
        </message>
        <message>
            <source>Export for an e&amp;ditor…</source>
            <translation>편집용으로 내보내기(&amp;D)…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n files: {names}.</source>
            <translation>
                <numerusform>파일 %n개를 내보냈습니다: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting {name} for an editor…</source>
            <translation>편집용으로 {name} 내보내는 중…</translation>
        </message>
        <message>
            <source>In a pair cut the shots follow their frames, so the new order and the removals were not applied: move or remove frames instead.</source>
            <translation>프레임 쌍으로 나눈 경우 샷은 프레임을 따르므로 새 순서와 제거가 적용되지 않았습니다. 대신 프레임을 옮기거나 제거하세요.</translation>
        </message>
        <message>
            <source>Reorder, trim and remove shots as they were in an edited .otio or .xml</source>
            <translation>편집된 .otio 또는 .xml에 맞춰 샷의 순서 변경, 트리밍, 제거</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>바꾸기</translation>
        </message>
        <message>
            <source>Replace existing files?</source>
            <translation>기존 파일을 바꿀까요?</translation>
        </message>
        <message>
            <source>Shot {number} moved to position {position}.</source>
            <translation>샷 {number}을(를) {position}번째로 옮겼습니다.</translation>
        </message>
        <message>
            <source>Shot {number} removed.</source>
            <translation>샷 {number}을(를) 제거했습니다.</translation>
        </message>
        <message>
            <source>Shot {number} trimmed to {now} s (was {was} s).</source>
            <translation>샷 {number}을(를) {now}초로 트리밍했습니다(이전 {was}초).</translation>
        </message>
        <message>
            <source>Shots not rendered yet are held as their first frame.</source>
            <translation>아직 렌더링되지 않은 샷은 첫 프레임을 정지 화면으로 보여 줍니다.</translation>
        </message>
        <message>
            <source>The export did not finish: {error}</source>
            <translation>내보내기가 끝나지 않았습니다: {error}</translation>
        </message>
        <message>
            <source>There is nothing to export yet: add frames first.</source>
            <translation>아직 내보낼 것이 없습니다. 먼저 프레임을 추가하세요.</translation>
        </message>
        <message>
            <source>{name} could not be brought back: {error}</source>
            <translation>{name}을(를) 가져오지 못했습니다: {error}</translation>
        </message>
        <message>
            <source>{name} matches the board: nothing changed.</source>
            <translation>{name}이(가) 보드와 같습니다. 바뀐 것이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message numerus="yes">
            <source>%n jobs match.</source>
            <translation>
                <numerusform>작업 %n개가 일치합니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n jobs match; the newest {shown} are listed.</source>
            <translation>
                <numerusform>작업 %n개가 일치합니다. 최근 {shown}개를 표시합니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Any model</source>
            <translation>모든 모델</translation>
        </message>
        <message>
            <source>Any state</source>
            <translation>모든 상태</translation>
        </message>
        <message>
            <source>Compare…</source>
            <translation>비교…</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>비용</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>From</source>
            <translation>시작일</translation>
        </message>
        <message>
            <source>History</source>
            <translation>기록</translation>
        </message>
        <message>
            <source>Jobs found</source>
            <translation>찾은 작업</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>모델</translation>
        </message>
        <message>
            <source>Play two finished jobs together</source>
            <translation>완료된 작업 두 개를 함께 재생합니다</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>프롬프트</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>시드</translation>
        </message>
        <message>
            <source>Seed {seed}</source>
            <translation>시드 {seed}</translation>
        </message>
        <message>
            <source>Starred only</source>
            <translation>별표만</translation>
        </message>
        <message>
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Storyreel is still starting.</source>
            <translation>Storyreel이 아직 시작 중입니다.</translation>
        </message>
        <message>
            <source>The history cannot be searched: {r}</source>
            <translation>기록을 검색할 수 없습니다: {r}</translation>
        </message>
        <message>
            <source>Words of the prompt</source>
            <translation>프롬프트의 단어</translation>
        </message>
        <message>
            <source>to</source>
            <translation>종료일</translation>
        </message>
        <message>
            <source>{name} is no longer there, so it cannot be compared.</source>
            <translation>{name}이(가) 더 이상 없어서 비교할 수 없습니다.</translation>
        </message>
        <message>
            <source>★ Unstar</source>
            <translation>★ 별표 해제</translation>
        </message>
        <message>
            <source>☆ Star</source>
            <translation>☆ 별표</translation>
        </message>
    </context>
    <context>
        <name>ImageCheck</name>
        <message>
            <source>Applying “{title}”…</source>
            <translation>“{title}” 적용 중…</translation>
        </message>
        <message>
            <source>Checking the image.</source>
            <translation>이미지를 확인하는 중입니다.</translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>{name} 확인 중…</translation>
        </message>
        <message>
            <source>Dropped image</source>
            <translation>놓은 이미지</translation>
        </message>
        <message>
            <source>Empty. Press Enter to choose a file or Ctrl+V to paste.</source>
            <translation>비어 있음. Enter를 눌러 파일을 선택하거나 Ctrl+V로 붙여 넣으세요.</translation>
        </message>
        <message>
            <source>Fetching the image was cancelled.</source>
            <translation>이미지 가져오기를 취소했습니다.</translation>
        </message>
        <message>
            <source>Image cannot be read: {reason}</source>
            <translation>이미지를 읽을 수 없습니다: {reason}</translation>
        </message>
        <message>
            <source>Image cannot be used: {reason}</source>
            <translation>이미지를 사용할 수 없습니다: {reason}</translation>
        </message>
        <message>
            <source>Only http and https URLs can be used, not {scheme}.</source>
            <translation>http 및 https URL만 사용할 수 있으며 {scheme}은(는) 사용할 수 없습니다.</translation>
        </message>
        <message numerus="yes">
            <source>Ready · {width}×{height} {format} · all %n rules pass</source>
            <translation>
                <numerusform>준비됨 · {width}×{height} {format} · 규칙 %n개 모두 통과</numerusform>
            </translation>
        </message>
        <message>
            <source>The image</source>
            <translation>이미지</translation>
        </message>
        <message>
            <source>Valid image: {name}.</source>
            <translation>유효한 이미지: {name}.</translation>
        </message>
        <message>
            <source>{name} is still being checked.</source>
            <translation>{name}을(를) 아직 확인하는 중입니다.</translation>
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
            <translation> (파일이 회전된 상태로 저장되어 있어 서버가 어느 방향으로든 읽을 수 있습니다.)</translation>
        </message>
        <message>
            <source> or </source>
            <translation> 또는 </translation>
        </message>
        <message>
            <source>Animated image: only its first frame is used.</source>
            <translation>움직이는 이미지: 첫 프레임만 사용합니다.</translation>
        </message>
        <message>
            <source>Aspect ratio (width ÷ height)</source>
            <translation>화면 비율(너비 ÷ 높이)</translation>
        </message>
        <message>
            <source>Format is {actual}; this model takes {allowed} only.</source>
            <translation>형식이 {actual}입니다. 이 모델은 {allowed}만 받습니다.</translation>
        </message>
        <message>
            <source>Storyreel cannot check the rule '{rule}'; the server will.</source>
            <translation>Storyreel은 '{rule}' 규칙을 확인할 수 없습니다. 서버가 확인합니다.</translation>
        </message>
        <message>
            <source>The video is stored on its side and shown turned by {degrees}°; it is sent turned upright, so that every server sees it as you do. Convert it.</source>
            <translation>이 동영상은 옆으로 저장되어 {degrees}° 돌려서 표시됩니다. 어느 서버에서나 보이는 그대로 보이도록 바로 세워서 보냅니다. 변환하세요.</translation>
        </message>
        <message>
            <source>{fmt} can be sent as it is.</source>
            <translation>{fmt}은(는) 그대로 보낼 수 있습니다.</translation>
        </message>
        <message>
            <source>{fmt} cannot be sent from a file; RunComfy takes {inline} only. Convert it, or give a URL to the file instead.</source>
            <translation>{fmt}은(는) 파일로 보낼 수 없습니다. RunComfy는 {inline}만 받습니다. 변환하거나 파일의 URL을 대신 입력하세요.</translation>
        </message>
        <message>
            <source>{label} is {actual}; it must be at least {limit}.</source>
            <translation>{label}이(가) {actual}입니다. {limit} 이상이어야 합니다.</translation>
        </message>
        <message>
            <source>{label} is {actual}; it must be at most {limit}.</source>
            <translation>{label}이(가) {actual}입니다. {limit} 이하여야 합니다.</translation>
        </message>
        <message>
            <source>{label} is {actual}; it must be less than {limit}.</source>
            <translation>{label}이(가) {actual}입니다. {limit} 미만이어야 합니다.</translation>
        </message>
        <message>
            <source>{label} is {actual}; it must be more than {limit}.</source>
            <translation>{label}이(가) {actual}입니다. {limit} 초과여야 합니다.</translation>
        </message>
        <message>
            <source>{label} {actual} is at least {limit}.</source>
            <translation>{label}이(가) {actual}(으)로 {limit} 이상입니다.</translation>
        </message>
        <message>
            <source>{label} {actual} is at most {limit}.</source>
            <translation>{label}이(가) {actual}(으)로 {limit} 이하입니다.</translation>
        </message>
        <message>
            <source>{label} {actual} is less than {limit}.</source>
            <translation>{label}이(가) {actual}(으)로 {limit} 미만입니다.</translation>
        </message>
        <message>
            <source>{label} {actual} is more than {limit}.</source>
            <translation>{label}이(가) {actual}(으)로 {limit} 초과입니다.</translation>
        </message>
        <message>
            <source>{size} fits in the {mib} MiB RunComfy takes from a file.</source>
            <translation>{size}는 RunComfy가 파일로 받는 {mib}MiB 안에 들어갑니다.</translation>
        </message>
        <message>
            <source>{size} is more than the {mib} MiB RunComfy takes from a file. Make it smaller, or give a URL to the file instead.</source>
            <translation>{size}는 RunComfy가 파일로 받는 {mib}MiB보다 큽니다. 크기를 줄이거나 파일의 URL을 대신 입력하세요.</translation>
        </message>
        <message>
            <source>{size} is more than the {mp} megapixels Storyreel can read safely. Save a smaller copy of it in an image editor.</source>
            <translation>{size}는 Storyreel이 안전하게 읽을 수 있는 {mp}메가픽셀보다 큽니다. 이미지 편집기에서 더 작은 사본을 저장하세요.</translation>
        </message>
    </context>
    <context>
        <name>ImageStrip</name>
        <message>
            <source>+ Add another image (up to {limit}) · drop, click or Ctrl+V</source>
            <translation>+ 이미지 추가(최대 {limit}개) · 놓기, 클릭 또는 Ctrl+V</translation>
        </message>
        <message>
            <source>+ Add another image · drop, click or Ctrl+V</source>
            <translation>+ 이미지 추가 · 놓기, 클릭 또는 Ctrl+V</translation>
        </message>
        <message>
            <source>Drop zone for {subject}, image {n}</source>
            <translation>{subject} 놓기 영역, 이미지 {n}</translation>
        </message>
        <message>
            <source>Only {limit} images fit here; {count} were left out.</source>
            <translation>여기에는 이미지가 {limit}개까지만 들어갑니다. {count}개는 제외했습니다.</translation>
        </message>
        <message>
            <source>images</source>
            <translation>이미지</translation>
        </message>
    </context>
    <context>
        <name>IntegerWidget</name>
        <message>
            <source> s</source>
            <translation>초</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>설정 안 함</translation>
        </message>
    </context>
    <context>
        <name>JobEvents</name>
        <message>
            <source>{n} done</source>
            <translation>{n}개 완료</translation>
        </message>
        <message>
            <source>{n} in progress</source>
            <translation>{n}개 진행 중</translation>
        </message>
    </context>
    <context>
        <name>JobState</name>
        <message>
            <source>Cancelled</source>
            <translation>취소됨</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>완료</translation>
        </message>
        <message>
            <source>Download waiting</source>
            <translation>다운로드 대기</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>내려받는 중</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>실패</translation>
        </message>
        <message>
            <source>Generating</source>
            <translation>생성 중</translation>
        </message>
        <message>
            <source>In queue</source>
            <translation>대기열에 있음</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>보내는 중</translation>
        </message>
        <message>
            <source>Submission uncertain</source>
            <translation>제출 여부 불확실</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>전송 대기</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>취소됨</translation>
        </message>
        <message>
            <source>done</source>
            <translation>완료</translation>
        </message>
        <message>
            <source>download waiting</source>
            <translation>다운로드 대기</translation>
        </message>
        <message>
            <source>downloading</source>
            <translation>내려받는 중</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>실패</translation>
        </message>
        <message>
            <source>generating</source>
            <translation>생성 중</translation>
        </message>
        <message>
            <source>in queue</source>
            <translation>대기열에 있음</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>보내는 중</translation>
        </message>
        <message>
            <source>submission uncertain</source>
            <translation>제출 여부 불확실</translation>
        </message>
        <message>
            <source>waiting to send</source>
            <translation>전송 대기</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Model:</source>
            <translation>모델(&amp;M):</translation>
        </message>
        <message>
            <source>The clip's last frame is the new first frame: write what happens next.</source>
            <translation>클립의 마지막 프레임이 새 첫 프레임이 되었습니다. 다음에 일어날 일을 적어 보세요.</translation>
        </message>
        <message>
            <source>The last frame is saved as {path}, but this model takes no frame.</source>
            <translation>마지막 프레임을 {path}(으)로 저장했지만 이 모델은 프레임을 받지 않습니다.</translation>
        </message>
        <message>
            <source>Your settings could not be saved: {error}</source>
            <translation>설정을 저장하지 못했습니다: {error}</translation>
        </message>
    </context>
    <context>
        <name>MediaListWidget</name>
        <message>
            <source>Audio clip {n}: </source>
            <translation>오디오 클립 {n}: </translation>
        </message>
        <message>
            <source>Video {n}: </source>
            <translation>동영상 {n}: </translation>
        </message>
    </context>
    <context>
        <name>MediaRequest</name>
        <message>
            <source>Sent from files, these clips make a request of {size} MB; RunComfy takes at most {limit} MB in one request. Give URLs for some of them, or use fewer or shorter clips.</source>
            <translation>파일로 보내면 이 클립들의 요청 크기가 {size}MB입니다. RunComfy는 한 번의 요청에 최대 {limit}MB까지 받습니다. 일부는 URL로 지정하거나, 클립 수를 줄이거나 더 짧은 클립을 쓰세요.</translation>
        </message>
    </context>
    <context>
        <name>MediaZone</name>
        <message>
            <source>Audio</source>
            <translation>오디오</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>확인 중…</translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translation>파일 선택</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>파일 선택…</translation>
        </message>
        <message>
            <source>Drop a video here</source>
            <translation>여기에 동영상을 놓으세요</translation>
        </message>
        <message>
            <source>Drop an audio clip here</source>
            <translation>여기에 오디오 클립을 놓으세요</translation>
        </message>
        <message>
            <source>Fetching…</source>
            <translation>가져오는 중…</translation>
        </message>
        <message>
            <source>Fetching… {done}</source>
            <translation>가져오는 중… {done}</translation>
        </message>
        <message>
            <source>Fetching… {done} of {total}</source>
            <translation>가져오는 중… {done} / {total}</translation>
        </message>
        <message>
            <source>Fix: {title}</source>
            <translation>수정: {title}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>제거</translation>
        </message>
        <message>
            <source>The fix failed: {message}</source>
            <translation>수정하지 못했습니다: {message}</translation>
        </message>
        <message>
            <source>URL of the {noun}</source>
            <translation>{noun} URL</translation>
        </message>
        <message>
            <source>Videos</source>
            <translation>동영상</translation>
        </message>
        <message>
            <source>audio clip</source>
            <translation>오디오 클립</translation>
        </message>
        <message>
            <source>still being checked</source>
            <translation>아직 확인 중</translation>
        </message>
        <message>
            <source>the fix is still being made</source>
            <translation>아직 수정 중</translation>
        </message>
        <message>
            <source>video</source>
            <translation>동영상</translation>
        </message>
        <message>
            <source>{name} cannot be read ({error}).</source>
            <translation>{name}을(를) 읽을 수 없습니다({error}).</translation>
        </message>
        <message>
            <source>…or paste a URL and press Enter</source>
            <translation>…또는 URL을 붙여넣고 Enter를 누르세요</translation>
        </message>
    </context>
    <context>
        <name>ModeSwitch</name>
        <message>
            <source>A row of frames cut into shots, played as one sequence (Ctrl+2)</source>
            <translation>프레임을 여러 샷으로 나눠 하나의 시퀀스로 재생합니다(Ctrl+2)</translation>
        </message>
        <message>
            <source>One clip from a frame and a prompt (Ctrl+1)</source>
            <translation>프레임 하나와 프롬프트로 클립 하나(Ctrl+1)</translation>
        </message>
        <message>
            <source>Single shot</source>
            <translation>단일 샷</translation>
        </message>
        <message>
            <source>Storyboard</source>
            <translation>스토리보드</translation>
        </message>
        <message>
            <source>View</source>
            <translation>보기</translation>
        </message>
    </context>
    <context>
        <name>ModelChoice</name>
        <message>
            <source>The model {model} of this job is no longer in your catalogue.</source>
            <translation>이 작업의 모델 {model}은(는) 더 이상 카탈로그에 없습니다.</translation>
        </message>
        <message>
            <source>The settings of this job are in the panel.</source>
            <translation>이 작업의 설정을 패널에 불러왔습니다.</translation>
        </message>
    </context>
    <context>
        <name>ModelListRefresh</name>
        <message>
            <source>Reading the list of models…</source>
            <translation>모델 목록을 읽는 중…</translation>
        </message>
    </context>
    <context>
        <name>ModelNotes</name>
        <message>
            <source>Cinematic image to video with generated audio and lip sync, 4 to 12 seconds, camera control.</source>
            <translation>생성된 오디오와 립싱크가 있는 영화 같은 이미지-동영상 변환, 4~12초, 카메라 제어.</translation>
        </message>
        <message>
            <source>Image to video from a first frame and an optional last frame, 5 or 10 seconds. The last frame has no effect at 1080p.</source>
            <translation>첫 프레임과 선택적인 마지막 프레임으로 만드는 이미지-동영상 변환, 5초 또는 10초. 1080p에서는 마지막 프레임이 적용되지 않습니다.</translation>
        </message>
        <message>
            <source>Image to video from a first frame, 2 to 12 seconds, up to 1080p, with a choice of aspect ratio.</source>
            <translation>첫 프레임으로 만드는 이미지-동영상 변환, 2~12초, 최대 1080p, 화면 비율 선택 가능.</translation>
        </message>
        <message>
            <source>Image to video in 2K with precise prompt fidelity, 121 or 241 frames, with a seed. JPEG or PNG only.</source>
            <translation>프롬프트를 정확히 따르는 2K 이미지-동영상 변환, 121 또는 241프레임, 시드 지원. JPEG 또는 PNG만 가능.</translation>
        </message>
        <message>
            <source>Video guided by one to four reference images, 2 to 12 seconds, up to 720p, with a seed.</source>
            <translation>참조 이미지 1~4장으로 이끄는 동영상, 2~12초, 최대 720p, 시드 지원.</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>All RunComfy models</source>
            <translation>모든 RunComfy 모델</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>모델</translation>
        </message>
        <message>
            <source>New</source>
            <translation>신규</translation>
        </message>
        <message>
            <source>The video model that makes the clip.</source>
            <translation>클립을 만드는 동영상 모델.</translation>
        </message>
        <message>
            <source>audio</source>
            <translation>오디오</translation>
        </message>
        <message>
            <source>first and last frame</source>
            <translation>첫 프레임과 마지막 프레임</translation>
        </message>
        <message>
            <source>first frame</source>
            <translation>첫 프레임</translation>
        </message>
        <message>
            <source>new</source>
            <translation>신규</translation>
        </message>
        <message>
            <source>priced per second</source>
            <translation>초당 요금</translation>
        </message>
        <message>
            <source>priced per video</source>
            <translation>동영상당 요금</translation>
        </message>
        <message>
            <source>text only</source>
            <translation>텍스트만</translation>
        </message>
        <message>
            <source>video</source>
            <translation>동영상</translation>
        </message>
        <message>
            <source>with sound</source>
            <translation>소리 포함</translation>
        </message>
        <message>
            <source>{count} reference images</source>
            <translation>참조 이미지 {count}장</translation>
        </message>
        <message>
            <source>{family} models</source>
            <translation>{family} 모델</translation>
        </message>
    </context>
    <context>
        <name>ModelSearchPopup</name>
        <message>
            <source>Models</source>
            <translation>모델</translation>
        </message>
        <message>
            <source>Search models</source>
            <translation>모델 검색</translation>
        </message>
    </context>
    <context>
        <name>NoteEditing</name>
        <message>
            <source>Edit note</source>
            <translation>메모 편집</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <source>A job failed</source>
            <translation>작업이 실패했습니다</translation>
        </message>
        <message>
            <source>Submission uncertain</source>
            <translation>제출 여부 불확실</translation>
        </message>
        <message>
            <source>Your clip is ready</source>
            <translation>클립이 준비되었습니다</translation>
        </message>
        <message>
            <source>{subject}: check your RunComfy generation history before trying again.</source>
            <translation>{subject}: 다시 시도하기 전에 RunComfy 생성 기록을 확인하세요.</translation>
        </message>
    </context>
    <context>
        <name>NumberWidget</name>
        <message>
            <source> s</source>
            <translation>초</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>설정 안 함</translation>
        </message>
        <message>
            <source>at least {n}</source>
            <translation>최소 {n}</translation>
        </message>
        <message>
            <source>at most {n}</source>
            <translation>최대 {n}</translation>
        </message>
        <message>
            <source>less than {n}</source>
            <translation>{n} 미만</translation>
        </message>
        <message>
            <source>more than {n}</source>
            <translation>{n} 초과</translation>
        </message>
        <message>
            <source>steps of {n}</source>
            <translation>{n} 단위</translation>
        </message>
    </context>
    <context>
        <name>ObjectListWidget</name>
        <message>
            <source>Add {noun}</source>
            <translation>{noun} 추가</translation>
        </message>
        <message numerus="yes">
            <source>At most %n entries.</source>
            <translation>
                <numerusform>최대 %n개 항목.</numerusform>
            </translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>항목</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>아래로 이동</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>위로 이동</translation>
        </message>
        <message>
            <source>Move {entry} down</source>
            <translation>{entry} 아래로 이동</translation>
        </message>
        <message>
            <source>Move {entry} up</source>
            <translation>{entry} 위로 이동</translation>
        </message>
        <message>
            <source>No entries yet.</source>
            <translation>아직 항목이 없습니다.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>제거</translation>
        </message>
        <message>
            <source>Remove {entry}</source>
            <translation>{entry} 제거</translation>
        </message>
        <message>
            <source>The saved value {value} cannot be shown here; it is kept until you change it.</source>
            <translation>저장된 값 {value}은(는) 여기에 표시할 수 없습니다. 바꾸기 전까지 그대로 유지됩니다.</translation>
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
            <translation>먼저 모델을 선택하세요.</translation>
        </message>
        <message>
            <source>Choose a model to see its settings.</source>
            <translation>모델을 선택하면 설정이 표시됩니다.</translation>
        </message>
        <message>
            <source>This model works from text alone: it takes no image.</source>
            <translation>이 모델은 텍스트만 사용하며 이미지를 받지 않습니다.</translation>
        </message>
        <message>
            <source>{label} (image {n}): {message}</source>
            <translation>{label}(이미지 {n}): {message}</translation>
        </message>
        <message>
            <source>{label} are required: add at least one image.</source>
            <translation>{label}은(는) 필수입니다. 이미지를 하나 이상 추가하세요.</translation>
        </message>
        <message>
            <source>{label} are required: add at least one.</source>
            <translation>{label}은(는) 필수입니다. 하나 이상 추가하세요.</translation>
        </message>
        <message>
            <source>{label} is required: add a video.</source>
            <translation>{label}은(는) 필수입니다. 동영상을 추가하세요.</translation>
        </message>
        <message>
            <source>{label} is required: add an audio clip.</source>
            <translation>{label}은(는) 필수입니다. 오디오 클립을 추가하세요.</translation>
        </message>
        <message>
            <source>{label} is required: add an image.</source>
            <translation>{label}은(는) 필수입니다. 이미지를 추가하세요.</translation>
        </message>
        <message>
            <source>{label} is required: add at least one entry.</source>
            <translation>{label}은(는) 필수입니다. 항목을 하나 이상 추가하세요.</translation>
        </message>
        <message>
            <source>{label} is required: choose a value.</source>
            <translation>{label}은(는) 필수입니다. 값을 선택하세요.</translation>
        </message>
        <message>
            <source>{label} is required: type it as JSON.</source>
            <translation>{label}은(는) 필수입니다. JSON으로 입력하세요.</translation>
        </message>
        <message>
            <source>{label} is required: write one.</source>
            <translation>{label}은(는) 필수입니다. 입력하세요.</translation>
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
            <translation>전체 화면</translation>
        </message>
        <message>
            <source>Full screen (F or double-click; Esc leaves)</source>
            <translation>전체 화면(F 또는 두 번 클릭, Esc로 나가기)</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>전체 화면 나가기</translation>
        </message>
        <message>
            <source>Loop</source>
            <translation>반복</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>음소거</translation>
        </message>
        <message>
            <source>Mute the sound (M)</source>
            <translation>소리 끄기(M)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>일시 정지</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>재생</translation>
        </message>
        <message>
            <source>Play or pause (Space)</source>
            <translation>재생 또는 일시 정지(Space)</translation>
        </message>
        <message>
            <source>Play the clip again from its start (Space)</source>
            <translation>클립을 처음부터 다시 재생(Space)</translation>
        </message>
        <message>
            <source>Play the clip over and over (L)</source>
            <translation>클립을 반복 재생(L)</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>재생 위치</translation>
        </message>
        <message>
            <source>Replay</source>
            <translation>다시 재생</translation>
        </message>
        <message>
            <source>Select a finished job to play it here.</source>
            <translation>완료된 작업을 선택하면 여기에서 재생됩니다.</translation>
        </message>
        <message>
            <source>The clip plays here as soon as the job is done.</source>
            <translation>작업이 끝나는 대로 여기에서 클립이 재생됩니다.</translation>
        </message>
        <message>
            <source>The video file {path} is missing: it may have been moved or deleted. Its output URL can still be copied from the queue.</source>
            <translation>동영상 파일 {path}이(가) 없습니다. 이동되었거나 삭제되었을 수 있습니다. 출력 URL은 대기열에서 여전히 복사할 수 있습니다.</translation>
        </message>
        <message>
            <source>This clip has no sound.</source>
            <translation>이 클립에는 소리가 없습니다.</translation>
        </message>
        <message>
            <source>This job finished without a video file.</source>
            <translation>이 작업은 동영상 파일 없이 끝났습니다.</translation>
        </message>
        <message>
            <source>This job has no clip to play ({state}).</source>
            <translation>이 작업에는 재생할 클립이 없습니다({state}).</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>알 수 없는 오류</translation>
        </message>
        <message>
            <source>{file} cannot be played: {reason}</source>
            <translation>{file}을(를) 재생할 수 없습니다: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message>
            <source>Loading preview…</source>
            <translation>미리보기를 불러오는 중…</translation>
        </message>
        <message>
            <source>No preview</source>
            <translation>미리보기 없음</translation>
        </message>
    </context>
    <context>
        <name>PreviewBadge</name>
        <message>
            <source>Preview · motion sketch, not AI generation</source>
            <translation>미리보기 · 모션 스케치, AI 생성 아님</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message numerus="yes">
            <source>%n images given; at least {limit} needed.</source>
            <translation>
                <numerusform>이미지 %n개를 넣었습니다. 최소 {limit}개가 필요합니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n images given; at most {limit} allowed.</source>
            <translation>
                <numerusform>이미지 %n개를 넣었습니다. 최대 {limit}개까지 가능합니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Expected a list of audio clips.</source>
            <translation>오디오 클립 목록이 필요합니다.</translation>
        </message>
        <message>
            <source>Expected a list of images.</source>
            <translation>이미지 목록이 필요합니다.</translation>
        </message>
        <message>
            <source>Expected a list of videos.</source>
            <translation>동영상 목록이 필요합니다.</translation>
        </message>
        <message>
            <source>Expected a number.</source>
            <translation>숫자가 필요합니다.</translation>
        </message>
        <message>
            <source>Expected a video file or URL.</source>
            <translation>동영상 파일이나 URL이 필요합니다.</translation>
        </message>
        <message>
            <source>Expected a whole number.</source>
            <translation>정수가 필요합니다.</translation>
        </message>
        <message>
            <source>Expected an audio clip file or URL.</source>
            <translation>오디오 파일이나 URL이 필요합니다.</translation>
        </message>
        <message>
            <source>Expected an image file or URL.</source>
            <translation>이미지 파일이나 URL이 필요합니다.</translation>
        </message>
        <message>
            <source>Expected on or off (true or false).</source>
            <translation>켬 또는 끔(true 또는 false)이 필요합니다.</translation>
        </message>
        <message>
            <source>Expected text.</source>
            <translation>텍스트가 필요합니다.</translation>
        </message>
        <message>
            <source>Too long: {count} characters, at most {limit} allowed.</source>
            <translation>너무 깁니다: {count}자, 최대 {limit}자까지 가능합니다.</translation>
        </message>
        <message>
            <source>Too short: {count} characters, at least {limit} needed.</source>
            <translation>너무 짧습니다: {count}자, 최소 {limit}자가 필요합니다.</translation>
        </message>
        <message>
            <source>{value} must be a multiple of {step}.</source>
            <translation>{value}은(는) {step}의 배수여야 합니다.</translation>
        </message>
        <message>
            <source>{value} must be at least {limit}.</source>
            <translation>{value}은(는) {limit} 이상이어야 합니다.</translation>
        </message>
        <message>
            <source>{value} must be at most {limit}.</source>
            <translation>{value}은(는) {limit} 이하여야 합니다.</translation>
        </message>
        <message>
            <source>{value} must be less than {limit}.</source>
            <translation>{value}은(는) {limit}보다 작아야 합니다.</translation>
        </message>
        <message>
            <source>{value} must be more than {limit}.</source>
            <translation>{value}은(는) {limit}보다 커야 합니다.</translation>
        </message>
    </context>
    <context>
        <name>PromptWidget</name>
        <message numerus="yes">
            <source>%n characters</source>
            <translation>
                <numerusform>%n자</numerusform>
            </translation>
        </message>
        <message>
            <source>Characters used, at most {limit} allowed.</source>
            <translation>사용한 글자 수(최대 {limit}자).</translation>
        </message>
        <message>
            <source>Characters used; under {limit} gives better results.</source>
            <translation>사용한 글자 수. {limit}자 미만이면 결과가 더 좋습니다.</translation>
        </message>
        <message>
            <source>Describe the motion, the camera and the mood.</source>
            <translation>움직임, 카메라, 분위기를 설명하세요.</translation>
        </message>
        <message>
            <source>Use example prompt</source>
            <translation>예시 프롬프트 사용</translation>
        </message>
        <message>
            <source>What the clip should avoid.</source>
            <translation>클립에서 피해야 할 것.</translation>
        </message>
        <message>
            <source>{count} / {limit}</source>
            <translation>{count} / {limit}</translation>
        </message>
        <message>
            <source>{count} / {limit} advised</source>
            <translation>{count} / 권장 {limit}</translation>
        </message>
    </context>
    <context>
        <name>Queue</name>
        <message>
            <source>Free preview</source>
            <translation>무료 미리보기</translation>
        </message>
        <message>
            <source>Request id: {id}</source>
            <translation>요청 ID: {id}</translation>
        </message>
        <message>
            <source>The job failed without a reason from the server.</source>
            <translation>서버가 이유를 알려 주지 않고 작업이 실패했습니다.</translation>
        </message>
        <message>
            <source>The video is made but not downloaded yet: use Retry download.</source>
            <translation>동영상은 만들어졌지만 아직 내려받지 않았습니다. 다운로드 재시도를 사용하세요.</translation>
        </message>
        <message>
            <source>about {time} left</source>
            <translation>약 {time} 남음</translation>
        </message>
        <message>
            <source>any moment now</source>
            <translation>곧 완료</translation>
        </message>
        <message>
            <source>elapsed {time}</source>
            <translation>경과 {time}</translation>
        </message>
        <message>
            <source>position {n}</source>
            <translation>{n}번째</translation>
        </message>
        <message>
            <source>ratio {ratio}</source>
            <translation>비율 {ratio}</translation>
        </message>
        <message>
            <source>seed {seed}</source>
            <translation>시드 {seed}</translation>
        </message>
        <message>
            <source>{price} per {unit}</source>
            <translation>{unit}당 {price}</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds}초</translation>
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
            <translation>목록에서 작업 제거</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <source>About the selected job</source>
            <translation>선택한 작업 정보</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Cancel this job (only while it waits in the queue)</source>
            <translation>이 작업 취소(대기열에서 기다리는 동안만 가능)</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>이어 가기</translation>
        </message>
        <message>
            <source>Continue from last frame</source>
            <translation>마지막 프레임에서 이어 가기</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>복사</translation>
        </message>
        <message>
            <source>Copy output URL</source>
            <translation>출력 URL 복사</translation>
        </message>
        <message>
            <source>Copy output URL or request id</source>
            <translation>출력 URL 또는 요청 ID 복사</translation>
        </message>
        <message>
            <source>Copy request id</source>
            <translation>요청 ID 복사</translation>
        </message>
        <message>
            <source>Download the finished video again (after freeing space or fixing the folder); the job is not sent again and nothing is charged</source>
            <translation>완성된 동영상을 다시 내려받습니다(공간을 확보하거나 폴더를 고친 뒤). 작업을 다시 보내지 않으며 요금도 부과되지 않습니다</translation>
        </message>
        <message>
            <source>Every job you started, newest first.</source>
            <translation>시작한 모든 작업, 최신 순.</translation>
        </message>
        <message>
            <source>Load this job's model and settings into the panel</source>
            <translation>이 작업의 모델과 설정을 패널로 불러오기</translation>
        </message>
        <message>
            <source>No jobs yet. Choose a model, add your frames on the left and press Generate: your clips will line up here.</source>
            <translation>아직 작업이 없습니다. 모델을 고르고 왼쪽에 프레임을 추가한 뒤 생성을 누르면 클립이 여기에 쌓입니다.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>열기</translation>
        </message>
        <message>
            <source>Open generation history</source>
            <translation>생성 기록 열기</translation>
        </message>
        <message>
            <source>Open the folder that holds the video</source>
            <translation>동영상이 있는 폴더 열기</translation>
        </message>
        <message>
            <source>Open the video in your system's player</source>
            <translation>시스템 플레이어로 동영상 열기</translation>
        </message>
        <message>
            <source>Open your RunComfy generation history</source>
            <translation>RunComfy 생성 기록 열기</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>대기열</translation>
        </message>
        <message>
            <source>Remove from list</source>
            <translation>목록에서 제거</translation>
        </message>
        <message>
            <source>Remove this job from the list (the video file stays)</source>
            <translation>이 작업을 목록에서 제거(동영상 파일은 남음)</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>다시 시도</translation>
        </message>
        <message>
            <source>Retry download</source>
            <translation>다운로드 재시도</translation>
        </message>
        <message>
            <source>Reuse settings</source>
            <translation>설정 재사용</translation>
        </message>
        <message>
            <source>RunComfy may already have this job.</source>
            <translation>RunComfy에 이미 이 작업이 있을 수 있습니다.</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>다시 보내기</translation>
        </message>
        <message>
            <source>Send the same settings again as a new job</source>
            <translation>같은 설정을 새 작업으로 다시 보내기</translation>
        </message>
        <message>
            <source>Send this job again?</source>
            <translation>이 작업을 다시 보낼까요?</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>폴더에서 보기</translation>
        </message>
        <message>
            <source>The clip's last frame becomes the first frame of a new shot, so the scene goes on from where it ends</source>
            <translation>클립의 마지막 프레임이 새 샷의 첫 프레임이 되어, 장면이 끝난 곳에서 이어집니다</translation>
        </message>
    </context>
    <context>
        <name>QuitConfirmation</name>
        <message numerus="yes">
            <source>%n jobs are still being prepared and have not been sent to RunComfy yet. Quitting now stops them before they are sent: nothing is charged, and you can send them again later.</source>
            <translation>
                <numerusform>%n개 작업이 아직 준비 중이며 RunComfy로 보내지 않았습니다. 지금 종료하면 보내기 전에 중단됩니다. 요금은 부과되지 않으며 나중에 다시 보낼 수 있습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n jobs are still running on RunComfy. They continue there, and Storyreel picks them up and downloads their videos the next time you start it.</source>
            <translation>
                <numerusform>%n개 작업이 아직 RunComfy에서 실행 중입니다. 작업은 그곳에서 계속되며, 다음에 Storyreel을 시작하면 이어받아 동영상을 내려받습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n offline previews will stop: the local preview engine stops with Storyreel, so they will be lost (nothing is charged; you can retry them).</source>
            <translation>
                <numerusform>오프라인 미리보기 %n개가 중단됩니다. 로컬 미리보기 엔진은 Storyreel과 함께 종료되므로 결과가 사라집니다(요금은 부과되지 않으며 다시 시도할 수 있습니다).</numerusform>
            </translation>
        </message>
        <message>
            <source>Every job has finished.</source>
            <translation>모든 작업이 끝났습니다.</translation>
        </message>
        <message>
            <source>Keep Storyreel open</source>
            <translation>Storyreel 계속 열어 두기</translation>
        </message>
        <message>
            <source>Nothing is lost by quitting now.</source>
            <translation>지금 종료해도 잃는 것이 없습니다.</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>종료</translation>
        </message>
        <message>
            <source>Quit Storyreel?</source>
            <translation>Storyreel을 종료할까요?</translation>
        </message>
        <message>
            <source>Some jobs are not finished yet.</source>
            <translation>아직 끝나지 않은 작업이 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>RenderFlow</name>
        <message numerus="yes">
            <source>%n shots rendered.</source>
            <translation>
                <numerusform>샷 %n개를 렌더링했습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots rendered; {kept} kept their clips.</source>
            <translation>
                <numerusform>샷 %n개를 렌더링했습니다. {kept}개는 기존 클립을 유지했습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add frames first: drop images or a folder on the strip.</source>
            <translation>먼저 프레임을 추가하세요. 이미지나 폴더를 스트립에 놓으면 됩니다.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Don't send</source>
            <translation>보내지 않기</translation>
        </message>
        <message>
            <source>Every shot is already rendered from its current inputs: nothing was sent, nothing was paid.</source>
            <translation>모든 샷이 이미 현재 입력으로 렌더링되어 있습니다. 보낸 것도, 결제된 것도 없습니다.</translation>
        </message>
        <message>
            <source>Frame {n} ({name}) is still being checked.</source>
            <translation>프레임 {n}({name})을(를) 아직 확인하는 중입니다.</translation>
        </message>
        <message numerus="yes">
            <source>Generate %n previews</source>
            <translation>
                <numerusform>미리보기 %n개 생성</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Generate %n shots</source>
            <translation>
                <numerusform>샷 %n개 생성</numerusform>
            </translation>
        </message>
        <message>
            <source>Generate only the selected shots</source>
            <translation>선택한 샷만 생성</translation>
        </message>
        <message>
            <source>Generate · {price}</source>
            <translation>생성 · {price}</translation>
        </message>
        <message>
            <source>Nothing is sent without a price: check your connection and key, then try again.</source>
            <translation>가격 없이는 아무것도 보내지 않습니다. 연결과 키를 확인한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>아무것도 보내지 않았습니다.</translation>
        </message>
        <message>
            <source>One clip per pair of frames needs at least two frames.</source>
            <translation>프레임 두 개마다 클립 하나로 나누려면 프레임이 두 개 이상 필요합니다.</translation>
        </message>
        <message>
            <source>Raise the cap to {amount} and generate</source>
            <translation>한도를 {amount}(으)로 올리고 생성</translation>
        </message>
        <message>
            <source>Reading the price of the shots to render…</source>
            <translation>렌더링할 샷의 가격을 읽는 중…</translation>
        </message>
        <message>
            <source>Reading the price of the shots…</source>
            <translation>샷의 가격을 읽는 중…</translation>
        </message>
        <message>
            <source>Select the shots to generate first.</source>
            <translation>먼저 생성할 샷을 선택하세요.</translation>
        </message>
        <message>
            <source>Send every shot that needs it through the queue; the price is shown first</source>
            <translation>필요한 샷을 모두 대기열로 보냅니다. 가격이 먼저 표시됩니다</translation>
        </message>
        <message>
            <source>Sending the shots…</source>
            <translation>샷을 보내는 중…</translation>
        </message>
        <message>
            <source>Shot {n}: {message}</source>
            <translation>샷 {n}: {message}</translation>
        </message>
        <message>
            <source>Storyreel is still starting.</source>
            <translation>Storyreel이 아직 시작 중입니다.</translation>
        </message>
        <message>
            <source>The storyboard could not be rendered: {error}. The details are in the log.</source>
            <translation>스토리보드를 렌더링하지 못했습니다: {error}. 자세한 내용은 로그에 있습니다.</translation>
        </message>
        <message>
            <source>Waiting for your answer to the price.</source>
            <translation>가격에 대한 답을 기다리는 중입니다.</translation>
        </message>
    </context>
    <context>
        <name>RuleRows</name>
        <message numerus="yes">
            <source>%n channels</source>
            <translation>
                <numerusform>%n채널</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n frames</source>
            <translation>
                <numerusform>프레임 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Animation</source>
            <translation>애니메이션</translation>
        </message>
        <message>
            <source>Aspect ratio</source>
            <translation>화면 비율</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>채널</translation>
        </message>
        <message>
            <source>Complete file</source>
            <translation>완전한 파일</translation>
        </message>
        <message>
            <source>File size</source>
            <translation>파일 크기</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>형식</translation>
        </message>
        <message>
            <source>Frame rate</source>
            <translation>프레임 레이트</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>높이</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>길이</translation>
        </message>
        <message>
            <source>Pixels</source>
            <translation>픽셀</translation>
        </message>
        <message>
            <source>Sample rate</source>
            <translation>샘플링 레이트</translation>
        </message>
        <message>
            <source>Size to send</source>
            <translation>보낼 크기</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>너비</translation>
        </message>
        <message>
            <source>cut short</source>
            <translation>잘림</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>실패</translation>
        </message>
        <message>
            <source>first frame used</source>
            <translation>첫 프레임 사용</translation>
        </message>
        <message>
            <source>mono</source>
            <translation>모노</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>통과</translation>
        </message>
        <message>
            <source>stereo</source>
            <translation>스테레오</translation>
        </message>
        <message>
            <source>the whole file</source>
            <translation>전체 파일</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>알 수 없음</translation>
        </message>
    </context>
    <context>
        <name>SampleButton</name>
        <message>
            <source>Try the sample “{title}”</source>
            <translation>샘플 “{title}” 사용해 보기</translation>
        </message>
        <message>
            <source>{title}: puts this frame in the panel, with a suggested prompt if yours is empty.</source>
            <translation>{title}: 이 프레임을 패널에 넣고, 프롬프트가 비어 있으면 추천 프롬프트도 넣습니다.</translation>
        </message>
    </context>
    <context>
        <name>SeedWidget</name>
        <message>
            <source>A new random seed is picked for each generation. Click to lock.</source>
            <translation>생성할 때마다 새 무작위 시드를 고릅니다. 클릭하면 고정됩니다.</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>고정됨</translation>
        </message>
        <message>
            <source>New each time</source>
            <translation>매번 새로</translation>
        </message>
        <message>
            <source>Pick a new random seed now.</source>
            <translation>지금 새 무작위 시드를 고릅니다.</translation>
        </message>
        <message>
            <source>Random</source>
            <translation>무작위</translation>
        </message>
        <message>
            <source>Randomise</source>
            <translation>무작위</translation>
        </message>
        <message>
            <source>Randomise seed</source>
            <translation>시드 무작위화</translation>
        </message>
        <message>
            <source>Seed locked</source>
            <translation>시드 고정됨</translation>
        </message>
        <message>
            <source>Seed unlocked</source>
            <translation>시드 고정 해제됨</translation>
        </message>
        <message>
            <source>The seed shown is used for every generation. Click to unlock.</source>
            <translation>표시된 시드를 모든 생성에 사용합니다. 클릭하면 고정이 해제됩니다.</translation>
        </message>
    </context>
    <context>
        <name>SequenceFlow</name>
        <message>
            <source>Continue from the clip's last frame</source>
            <translation>클립의 마지막 프레임에서 이어 가기</translation>
        </message>
        <message>
            <source>Shot {n} has no finished clip yet: generate it first.</source>
            <translation>샷 {n}에는 아직 완성된 클립이 없습니다. 먼저 생성하세요.</translation>
        </message>
        <message>
            <source>The clip's last frame is now frame {n}: its shot goes on from there.</source>
            <translation>클립의 마지막 프레임이 이제 프레임 {n}입니다. 그 샷은 여기서 이어집니다.</translation>
        </message>
        <message>
            <source>The last frame could not be taken from the clip: {error}</source>
            <translation>클립에서 마지막 프레임을 가져오지 못했습니다: {error}</translation>
        </message>
        <message>
            <source>The sequence cannot be played: {error}</source>
            <translation>시퀀스를 재생할 수 없습니다: {error}</translation>
        </message>
        <message>
            <source>The storyboard was closed before the last frame was ready; it is saved as {path}.</source>
            <translation>마지막 프레임이 준비되기 전에 스토리보드가 닫혔습니다. 프레임은 {path}(으)로 저장했습니다.</translation>
        </message>
        <message>
            <source>There is nothing to play yet: add frames first.</source>
            <translation>아직 재생할 것이 없습니다. 먼저 프레임을 추가하세요.</translation>
        </message>
        <message>
            <source>This job has no video file to continue from.</source>
            <translation>이 작업에는 이어 갈 동영상 파일이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>SequencePlayer</name>
        <message numerus="yes">
            <source> · %n shown as held frames</source>
            <translation>
                <numerusform> · %n개는 정지 프레임으로 표시</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots, {seconds} s</source>
            <translation>
                <numerusform>샷 %n개, {seconds}초</numerusform>
            </translation>
        </message>
        <message>
            <source>No shots yet</source>
            <translation>아직 샷이 없습니다</translation>
        </message>
        <message>
            <source>Pause sequence</source>
            <translation>시퀀스 일시 정지</translation>
        </message>
        <message>
            <source>Play or pause the sequence (Space)</source>
            <translation>시퀀스 재생 또는 일시 정지(Space)</translation>
        </message>
        <message>
            <source>Play sequence</source>
            <translation>시퀀스 재생</translation>
        </message>
        <message>
            <source>Play sequence shows the whole board here: finished clips back to back, and each shot not rendered yet as its first frame, held for its length.</source>
            <translation>시퀀스 재생은 보드 전체를 여기에 보여 줍니다. 완성된 클립을 이어서 재생하고, 아직 렌더링되지 않은 샷은 첫 프레임을 그 길이만큼 정지 화면으로 보여 줍니다.</translation>
        </message>
        <message>
            <source>Sequence player</source>
            <translation>시퀀스 플레이어</translation>
        </message>
        <message>
            <source>Sequence time</source>
            <translation>시퀀스 시간</translation>
        </message>
        <message>
            <source>Shot playing</source>
            <translation>재생 중인 샷</translation>
        </message>
        <message>
            <source>Shot {n} of {count} · {what}</source>
            <translation>샷 {n}/{count} · {what}</translation>
        </message>
        <message>
            <source>Shot {n} · not rendered yet: its first frame, held for {s} s</source>
            <translation>샷 {n} · 아직 렌더링되지 않음: 첫 프레임을 {s}초 동안 정지 화면으로</translation>
        </message>
        <message>
            <source>Shot {n}: {file} cannot be played ({reason}); skipped.</source>
            <translation>샷 {n}: {file}을(를) 재생할 수 없어({reason}) 건너뛰었습니다.</translation>
        </message>
        <message>
            <source>held frame, not rendered yet</source>
            <translation>정지 프레임, 아직 렌더링 안 됨</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>알 수 없는 오류</translation>
        </message>
        <message>
            <source>{s} s clip</source>
            <translation>{s}초 클립</translation>
        </message>
        <message>
            <source>{s} s of its clip, from {start} s</source>
            <translation>클립의 {start}초부터 {s}초</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>A key is set (hidden). Type a new one to replace it.</source>
            <translation>키가 설정되어 있습니다(숨김). 바꾸려면 새 키를 입력하세요.</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>API 주소</translation>
        </message>
        <message>
            <source>API address:</source>
            <translation>API 주소:</translation>
        </message>
        <message>
            <source>API key status</source>
            <translation>API 키 상태</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>모양</translation>
        </message>
        <message>
            <source>Appearance:</source>
            <translation>모양:</translation>
        </message>
        <message>
            <source>Ask RunComfy for a model's price with this key: costs nothing.</source>
            <translation>이 키로 RunComfy에 모델 가격을 문의합니다: 비용이 들지 않습니다.</translation>
        </message>
        <message>
            <source>Asking RunComfy…</source>
            <translation>RunComfy에 문의하는 중…</translation>
        </message>
        <message>
            <source>Choose the library folder</source>
            <translation>라이브러리 폴더 선택</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>어둡게</translation>
        </message>
        <message>
            <source>Find your key in your RunComfy profile. Storyreel keeps it in your system's keyring, never in a file.</source>
            <translation>키는 RunComfy 프로필에서 찾을 수 있습니다. Storyreel은 키를 파일이 아닌 시스템 키링에만 보관합니다.</translation>
        </message>
        <message>
            <source>For the API address below, once it is a usable one</source>
            <translation>아래 API 주소용(사용 가능한 주소가 되면)</translation>
        </message>
        <message>
            <source>For {base}</source>
            <translation>{base}용</translation>
        </message>
        <message>
            <source>How many jobs Storyreel sends, follows and downloads at the same time (from the next start).</source>
            <translation>Storyreel이 동시에 보내고, 추적하고, 내려받는 작업 수(다음 시작부터 적용).</translation>
        </message>
        <message>
            <source>Jobs at once:</source>
            <translation>동시 작업 수:</translation>
        </message>
        <message>
            <source>Jobs running at once</source>
            <translation>동시에 실행되는 작업</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>언어:</translation>
        </message>
        <message>
            <source>Library folder</source>
            <translation>라이브러리 폴더</translation>
        </message>
        <message>
            <source>Library folder:</source>
            <translation>라이브러리 폴더:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>밝게</translation>
        </message>
        <message>
            <source>Paste your RunComfy API key</source>
            <translation>RunComfy API 키를 붙여 넣으세요</translation>
        </message>
        <message>
            <source>Remove key</source>
            <translation>키 제거</translation>
        </message>
        <message>
            <source>Result of the key test</source>
            <translation>키 테스트 결과</translation>
        </message>
        <message>
            <source>RunComfy API key</source>
            <translation>RunComfy API 키</translation>
        </message>
        <message>
            <source>Save key</source>
            <translation>키 저장</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>표시</translation>
        </message>
        <message>
            <source>Show the API key</source>
            <translation>API 키 표시</translation>
        </message>
        <message>
            <source>Storyreel settings</source>
            <translation>Storyreel 설정</translation>
        </message>
        <message>
            <source>Storyreel speaks the new language from its next start.</source>
            <translation>새 언어는 Storyreel을 다음에 시작할 때 적용됩니다.</translation>
        </message>
        <message>
            <source>System (follow the system's light or dark)</source>
            <translation>시스템(시스템의 밝은/어두운 모드를 따름)</translation>
        </message>
        <message>
            <source>System ({language})</source>
            <translation>시스템({language})</translation>
        </message>
        <message>
            <source>Tell me when a job finishes while Storyreel is in the background</source>
            <translation>Storyreel이 백그라운드에 있을 때 작업이 끝나면 알림</translation>
        </message>
        <message>
            <source>Test key</source>
            <translation>키 테스트</translation>
        </message>
        <message>
            <source>The API address this key is for</source>
            <translation>이 키가 사용되는 API 주소</translation>
        </message>
        <message>
            <source>The key is stored in your system keyring.</source>
            <translation>키가 시스템 키링에 저장되었습니다.</translation>
        </message>
        <message>
            <source>The library folder is empty: choose where your videos should go.</source>
            <translation>라이브러리 폴더가 비어 있습니다. 동영상을 저장할 위치를 선택하세요.</translation>
        </message>
        <message>
            <source>The library folder {path} is a file, not a folder.</source>
            <translation>라이브러리 폴더 {path}은(는) 폴더가 아니라 파일입니다.</translation>
        </message>
        <message>
            <source>no API key is set</source>
            <translation>API 키가 설정되지 않았습니다</translation>
        </message>
        <message>
            <source>no system keyring available: the key is kept for this session only</source>
            <translation>사용할 수 있는 시스템 키링이 없습니다. 키는 이번 세션에만 보관됩니다</translation>
        </message>
        <message>
            <source>stored in the system keyring</source>
            <translation>시스템 키링에 저장되어 있습니다</translation>
        </message>
        <message>
            <source>taken from the RUNCOMFY_API_TOKEN environment variable</source>
            <translation>환경 변수 RUNCOMFY_API_TOKEN에서 가져왔습니다</translation>
        </message>
        <message>
            <source>the system keyring is locked: the key is kept for this session only</source>
            <translation>시스템 키링이 잠겨 있습니다. 키는 이번 세션에만 보관됩니다</translation>
        </message>
        <message>
            <source>{reason} Storyreel will ask for it again next time; to avoid that, set RUNCOMFY_API_TOKEN in your environment or unlock your system keyring.</source>
            <translation>{reason} 다음에 Storyreel이 다시 물어봅니다. 이를 피하려면 환경 변수에 RUNCOMFY_API_TOKEN을 설정하거나 시스템 키링의 잠금을 해제하세요.</translation>
        </message>
    </context>
    <context>
        <name>ShotNoteEditor</name>
        <message>
            <source>&amp;Note</source>
            <translation>메모(&amp;N)</translation>
        </message>
        <message>
            <source>Action or dialogue: shown in the captions, on the board PDF and in the edit list</source>
            <translation>동작이나 대사: 자막, 보드 PDF, 편집 목록에 표시됨</translation>
        </message>
        <message>
            <source>Shot note</source>
            <translation>샷 메모</translation>
        </message>
        <message>
            <source>The shot's action or dialogue</source>
            <translation>샷의 동작이나 대사</translation>
        </message>
    </context>
    <context>
        <name>ShotRow</name>
        <message>
            <source>One clip per pair of frames needs at least two frames: add another.</source>
            <translation>프레임 두 개마다 클립 하나로 나누려면 프레임이 두 개 이상 필요합니다. 하나 더 추가하세요.</translation>
        </message>
        <message>
            <source>Shots</source>
            <translation>샷</translation>
        </message>
        <message>
            <source>The shots cut from your frames appear here.</source>
            <translation>프레임에서 나눈 샷이 여기에 표시됩니다.</translation>
        </message>
    </context>
    <context>
        <name>ShotSettings</name>
        <message>
            <source>&amp;Model:</source>
            <translation>모델(&amp;M):</translation>
        </message>
        <message>
            <source>Apply settings and prompt to all shots</source>
            <translation>설정과 프롬프트를 모든 샷에 적용</translation>
        </message>
        <message>
            <source>Apply to all shots</source>
            <translation>모든 샷에 적용</translation>
        </message>
        <message>
            <source>Give every shot this model and these settings; each keeps its own prompt</source>
            <translation>모든 샷에 이 모델과 설정을 적용합니다. 각 샷의 프롬프트는 유지됩니다</translation>
        </message>
        <message>
            <source>Selected shot</source>
            <translation>선택한 샷</translation>
        </message>
    </context>
    <context>
        <name>SingleShotDocument</name>
        <message>
            <source>Add an entry to {label}</source>
            <translation>{label}에 항목 추가</translation>
        </message>
        <message>
            <source>Change settings</source>
            <translation>설정 변경</translation>
        </message>
        <message>
            <source>Change {label}</source>
            <translation>{label} 변경</translation>
        </message>
        <message>
            <source>Choose audio for {label}</source>
            <translation>{label} 오디오 선택</translation>
        </message>
        <message>
            <source>Choose image for {label}</source>
            <translation>{label} 이미지 선택</translation>
        </message>
        <message>
            <source>Choose video for {label}</source>
            <translation>{label} 동영상 선택</translation>
        </message>
        <message>
            <source>Choose {model}</source>
            <translation>{model} 선택</translation>
        </message>
        <message>
            <source>Continue from the clip's last frame</source>
            <translation>클립의 마지막 프레임에서 이어 가기</translation>
        </message>
        <message>
            <source>Drop audio on {label}</source>
            <translation>{label}에 오디오 놓기</translation>
        </message>
        <message>
            <source>Drop image on {label}</source>
            <translation>{label}에 이미지 놓기</translation>
        </message>
        <message>
            <source>Drop video on {label}</source>
            <translation>{label}에 동영상 놓기</translation>
        </message>
        <message>
            <source>Edit {label}</source>
            <translation>{label} 편집</translation>
        </message>
        <message>
            <source>Fix audio in {label}</source>
            <translation>{label} 오디오 수정</translation>
        </message>
        <message>
            <source>Fix image in {label}</source>
            <translation>{label} 이미지 수정</translation>
        </message>
        <message>
            <source>Fix video in {label}</source>
            <translation>{label} 동영상 수정</translation>
        </message>
        <message>
            <source>Paste audio URL into {label}</source>
            <translation>{label}에 오디오 URL 붙여넣기</translation>
        </message>
        <message>
            <source>Paste image into {label}</source>
            <translation>{label}에 이미지 붙여넣기</translation>
        </message>
        <message>
            <source>Paste video URL into {label}</source>
            <translation>{label}에 동영상 URL 붙여넣기</translation>
        </message>
        <message>
            <source>Remove an entry from {label}</source>
            <translation>{label}에서 항목 제거</translation>
        </message>
        <message>
            <source>Remove audio from {label}</source>
            <translation>{label}에서 오디오 제거</translation>
        </message>
        <message>
            <source>Remove image from {label}</source>
            <translation>{label}에서 이미지 제거</translation>
        </message>
        <message>
            <source>Remove video from {label}</source>
            <translation>{label}에서 동영상 제거</translation>
        </message>
        <message>
            <source>Reorder {label}</source>
            <translation>{label} 순서 변경</translation>
        </message>
        <message>
            <source>Restore previous image in {label}</source>
            <translation>{label}의 이전 이미지 복원</translation>
        </message>
    </context>
    <context>
        <name>SingleShotTakes</name>
        <message>
            <source>No takes of these inputs yet: generate, or ask for variations.</source>
            <translation>이 입력으로 만든 테이크가 아직 없습니다. 생성하거나 변형을 요청하세요.</translation>
        </message>
        <message>
            <source>Takes of the single shot</source>
            <translation>단일 샷의 테이크</translation>
        </message>
        <message>
            <source>The player now plays this take.</source>
            <translation>이제 플레이어가 이 테이크를 재생합니다.</translation>
        </message>
    </context>
    <context>
        <name>SingleShotTakesHooks</name>
        <message>
            <source>Every take of these inputs: choose the one the player plays, reject, delete, star or compare them</source>
            <translation>이 입력의 모든 테이크: 플레이어에서 재생할 테이크를 고르거나, 제외·삭제·별표·비교합니다</translation>
        </message>
        <message>
            <source>Ta&amp;kes of this shot…</source>
            <translation>이 샷의 테이크(&amp;K)…</translation>
        </message>
        <message>
            <source>Takes ({n})…</source>
            <translation>테이크 ({n})…</translation>
        </message>
        <message>
            <source>Takes…</source>
            <translation>테이크…</translation>
        </message>
    </context>
    <context>
        <name>SingleVariationsBar</name>
        <message>
            <source>How many variations</source>
            <translation>변형 개수</translation>
        </message>
        <message>
            <source>New takes of these inputs, each with its own seed</source>
            <translation>이 입력으로 새 테이크를 만듭니다. 각각 고유한 시드를 사용합니다</translation>
        </message>
        <message>
            <source>New takes with the seeds next to the selected take's</source>
            <translation>선택한 테이크의 시드와 이웃한 시드로 새 테이크를 만듭니다</translation>
        </message>
        <message>
            <source>Seed sweep…</source>
            <translation>시드 스윕…</translation>
        </message>
        <message>
            <source>Variations…</source>
            <translation>변형…</translation>
        </message>
        <message>
            <source>{model} has no seed setting to sweep.</source>
            <translation>{model}에는 바꿔 볼 시드 설정이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>SpendChart</name>
        <message>
            <source>MMM d</source>
            <comment>a day on the chart's axis</comment>
            <translation>M월 d일</translation>
        </message>
        <message>
            <source>Money spent per day</source>
            <translation>일별 지출</translation>
        </message>
        <message>
            <source>Money spent per model</source>
            <translation>모델별 지출</translation>
        </message>
        <message>
            <source>Money spent, as a bar chart</source>
            <translation>지출 막대그래프</translation>
        </message>
        <message>
            <source>Spent (USD)</source>
            <translation>지출액(USD)</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} ~ {last}</translation>
        </message>
    </context>
    <context>
        <name>SpendView</name>
        <message numerus="yes">
            <source>%n of them counted at the price shown before sending, as RunComfy reported no cost.</source>
            <translation>
                <numerusform>그중 %n개는 RunComfy가 비용을 알려 주지 않아 보내기 전에 표시된 가격으로 계산했습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paid jobs: {amount}.</source>
            <translation>
                <numerusform>유료 작업 %n개: {amount}.</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 파일 (*.csv)</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>Estimated</source>
            <translation>예상</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV 내보내기…</translation>
        </message>
        <message>
            <source>Export spending as CSV</source>
            <translation>지출을 CSV로 내보내기</translation>
        </message>
        <message>
            <source>Free previews</source>
            <translation>무료 미리보기</translation>
        </message>
        <message numerus="yes">
            <source>Free previews, counted apart: %n.</source>
            <translation>
                <numerusform>무료 미리보기(따로 계산): %n개.</numerusform>
            </translation>
        </message>
        <message>
            <source>From</source>
            <translation>기간</translation>
        </message>
        <message>
            <source>Group the money spent</source>
            <translation>지출 묶는 방식</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>모델</translation>
        </message>
        <message>
            <source>Money spent, as a table</source>
            <translation>지출 표</translation>
        </message>
        <message>
            <source>Paid jobs</source>
            <translation>유료 작업</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>일별</translation>
        </message>
        <message>
            <source>Per model</source>
            <translation>모델별</translation>
        </message>
        <message>
            <source>Reading what was spent…</source>
            <translation>지출 내역을 읽는 중…</translation>
        </message>
        <message>
            <source>Saved {file}.</source>
            <translation>{file}을(를) 저장했습니다.</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>지출</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>지출액</translation>
        </message>
        <message>
            <source>Today: {spent} spent or on its way, of your daily cap of {cap}.</source>
            <translation>오늘: 지출했거나 지출 예정인 금액 {spent}, 일일 한도 {cap}.</translation>
        </message>
        <message>
            <source>Today: {spent} spent or on its way. No daily cap is set.</source>
            <translation>오늘: 지출했거나 지출 예정인 금액 {spent}. 일일 한도가 설정되지 않았습니다.</translation>
        </message>
        <message>
            <source>What was spent could not be read: {reason}</source>
            <translation>지출 내역을 읽지 못했습니다: {reason}</translation>
        </message>
        <message>
            <source>to</source>
            <translation>~</translation>
        </message>
        <message>
            <source>{file} could not be saved: {reason}</source>
            <translation>{file}을(를) 저장하지 못했습니다: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SpendingCaps</name>
        <message>
            <source>Don't send</source>
            <translation>보내지 않기</translation>
        </message>
        <message>
            <source>Raise the cap to {amount} and send</source>
            <translation>한도를 {amount}(으)로 올리고 보내기</translation>
        </message>
        <message>
            <source>RunComfy balance unavailable</source>
            <translation>RunComfy 잔액 알 수 없음</translation>
        </message>
        <message>
            <source>RunComfy balance {amount}</source>
            <translation>RunComfy 잔액 {amount}</translation>
        </message>
        <message>
            <source>Spending cap reached</source>
            <translation>지출 한도에 도달함</translation>
        </message>
        <message>
            <source>no spending cap is set</source>
            <translation>지출 한도가 설정되지 않음</translation>
        </message>
        <message>
            <source>today {after} of your {cap} daily cap</source>
            <translation>오늘 {after} / 일일 한도 {cap}</translation>
        </message>
        <message>
            <source>your cap per render is {cap}</source>
            <translation>렌더링당 한도는 {cap}</translation>
        </message>
    </context>
    <context>
        <name>StartCheck</name>
        <message>
            <source>Storyreel cannot start</source>
            <translation>Storyreel을 시작할 수 없습니다</translation>
        </message>
        <message>
            <source>Your jobs, videos and settings are untouched.</source>
            <translation>작업, 동영상, 설정은 그대로 유지됩니다.</translation>
        </message>
    </context>
    <context>
        <name>StillView</name>
        <message>
            <source>Held frame</source>
            <translation>정지 프레임</translation>
        </message>
    </context>
    <context>
        <name>Storyboard</name>
        <message>
            <source>Cancelled</source>
            <translation>취소됨</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>확인 중…</translation>
        </message>
        <message>
            <source>Clip missing</source>
            <translation>클립 없음</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>완료</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>실패</translation>
        </message>
        <message>
            <source>Frame {n} ({name})</source>
            <translation>프레임 {n}({name})</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>무료</translation>
        </message>
        <message>
            <source>Free preview</source>
            <translation>무료 미리보기</translation>
        </message>
        <message>
            <source>Move frame {n}</source>
            <translation>프레임 {n} 이동</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation>준비 안 됨</translation>
        </message>
        <message>
            <source>Not rendered</source>
            <translation>렌더링 안 됨</translation>
        </message>
        <message>
            <source>One clip per frame</source>
            <translation>프레임마다 클립 하나</translation>
        </message>
        <message>
            <source>One clip per pair of frames (first frame to last frame)</source>
            <translation>프레임 쌍마다 클립 하나(첫 프레임에서 마지막 프레임까지)</translation>
        </message>
        <message>
            <source>Out of date</source>
            <translation>최신 아님</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>대기 중</translation>
        </message>
        <message>
            <source>Rendering</source>
            <translation>렌더링 중</translation>
        </message>
        <message>
            <source>Shot {n}</source>
            <translation>샷 {n}</translation>
        </message>
        <message>
            <source>Shot {n} · {s} s</source>
            <translation>샷 {n} · {s}초</translation>
        </message>
        <message>
            <source>Uncertain</source>
            <translation>불확실</translation>
        </message>
        <message>
            <source>Untitled storyboard</source>
            <translation>제목 없는 스토리보드</translation>
        </message>
        <message>
            <source>{label}: being checked…</source>
            <translation>{label}: 확인 중…</translation>
        </message>
        <message>
            <source>{label}: ready</source>
            <translation>{label}: 준비됨</translation>
        </message>
        <message>
            <source>{s} s</source>
            <translation>{s}초</translation>
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
            <translation>보드 요약</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>나누기</translation>
        </message>
        <message>
            <source>Cut:</source>
            <translation>나누기:</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <source>Export the sequence as one MP4, the shot list, or everything an editor needs</source>
            <translation>시퀀스를 MP4 하나로, 샷 목록, 또는 편집에 필요한 모든 것을 내보내기</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>프레임</translation>
        </message>
        <message>
            <source>Generate all</source>
            <translation>모두 생성</translation>
        </message>
        <message>
            <source>Generate all shots</source>
            <translation>모든 샷 생성</translation>
        </message>
        <message>
            <source>Generate selected</source>
            <translation>선택 항목 생성</translation>
        </message>
        <message>
            <source>Generate the selected shots</source>
            <translation>선택한 샷 생성</translation>
        </message>
        <message>
            <source>One clip per frame</source>
            <translation>프레임마다 클립 하나</translation>
        </message>
        <message>
            <source>One clip per pair of frames</source>
            <translation>프레임 두 개마다 클립 하나</translation>
        </message>
        <message>
            <source>Play sequence</source>
            <translation>시퀀스 재생</translation>
        </message>
        <message>
            <source>Play the board: finished clips back to back, held frames for the rest</source>
            <translation>보드 재생: 완성된 클립을 이어서, 나머지는 정지 프레임으로</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <source>Shots</source>
            <translation>샷</translation>
        </message>
        <message>
            <source>Storyboard</source>
            <translation>스토리보드</translation>
        </message>
        <message>
            <source>Storyboard name</source>
            <translation>스토리보드 이름</translation>
        </message>
        <message>
            <source>Why Generate is not available</source>
            <translation>생성을 사용할 수 없는 이유</translation>
        </message>
    </context>
    <context>
        <name>StructuredWidget</name>
        <message>
            <source>Entry {n}: </source>
            <translation>항목 {n}: </translation>
        </message>
        <message>
            <source>Fill in the shape the model asks for.</source>
            <translation>모델이 요구하는 형식대로 채우세요.</translation>
        </message>
        <message>
            <source>Insert template</source>
            <translation>템플릿 삽입</translation>
        </message>
        <message>
            <source>JSON, shaped like:
{example}</source>
            <translation>다음 형식의 JSON:
{example}</translation>
        </message>
        <message>
            <source>Lay the JSON out again, one entry per line.</source>
            <translation>JSON을 한 줄에 한 항목씩 다시 정리합니다.</translation>
        </message>
        <message>
            <source>This JSON is nested too deeply.</source>
            <translation>이 JSON은 너무 깊게 중첩되어 있습니다.</translation>
        </message>
        <message>
            <source>This is not valid JSON: {reason} (line {line}, column {column}).</source>
            <translation>올바른 JSON이 아닙니다: {reason}({line}행 {column}열).</translation>
        </message>
        <message>
            <source>Tidy</source>
            <translation>정리</translation>
        </message>
    </context>
    <context>
        <name>Switch</name>
        <message>
            <source>Off</source>
            <translation>끔</translation>
        </message>
        <message>
            <source>On</source>
            <translation>켬</translation>
        </message>
    </context>
    <context>
        <name>TakeDelegate</name>
        <message>
            <source>Rejected</source>
            <translation>제외됨</translation>
        </message>
    </context>
    <context>
        <name>Takes</name>
        <message>
            <source>Another file is now at {path}; the take was left aside.</source>
            <translation>{path}에 이제 다른 파일이 있어 테이크를 따로 두었습니다.</translation>
        </message>
        <message>
            <source>{name} is no longer in the trash (it was emptied), so the take cannot come back.</source>
            <translation>{name}이(가) 휴지통에 더 이상 없어(휴지통을 비웠습니다) 테이크를 되돌릴 수 없습니다.</translation>
        </message>
        <message>
            <source>{name} is no longer there.</source>
            <translation>{name}이(가) 더 이상 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>TakesDialog</name>
        <message>
            <source>${cost} in all</source>
            <translation>총 ${cost}</translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%n개 제외됨</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n takes</source>
            <translation>
                <numerusform>테이크 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a take</source>
            <translation>테이크 선택</translation>
        </message>
        <message>
            <source>Circle this take: the sequence plays it</source>
            <translation>이 테이크에 동그라미: 시퀀스가 이 테이크를 재생합니다</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Compare…</source>
            <translation>비교…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Delete a take</source>
            <translation>테이크 삭제</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>보관</translation>
        </message>
        <message>
            <source>Keep a rejected take</source>
            <translation>제외한 테이크 되살리기</translation>
        </message>
        <message>
            <source>Move this take's file to the trash (Edit → Undo brings it back)</source>
            <translation>이 테이크의 파일을 휴지통으로 옮깁니다(편집 → 실행 취소로 되돌릴 수 있음)</translation>
        </message>
        <message>
            <source>Play two takes together, side by side or with a wipe</source>
            <translation>두 테이크를 나란히 또는 와이프로 함께 재생합니다</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>제외</translation>
        </message>
        <message>
            <source>Reject a take</source>
            <translation>테이크 제외</translation>
        </message>
        <message>
            <source>Set this take aside, but keep it</source>
            <translation>이 테이크를 제외하되 보관합니다</translation>
        </message>
        <message>
            <source>Takes</source>
            <translation>테이크</translation>
        </message>
        <message>
            <source>The take could not be deleted: {reason}</source>
            <translation>테이크를 삭제하지 못했습니다: {reason}</translation>
        </message>
        <message>
            <source>The take's file is in the trash; Edit → Undo brings it back.</source>
            <translation>테이크 파일이 휴지통에 있습니다. 편집 → 실행 취소로 되돌릴 수 있습니다.</translation>
        </message>
        <message>
            <source>◯ Choose</source>
            <translation>◯ 선택</translation>
        </message>
        <message>
            <source>★ Unstar</source>
            <translation>★ 별표 해제</translation>
        </message>
        <message>
            <source>☆ Star</source>
            <translation>☆ 별표</translation>
        </message>
    </context>
    <context>
        <name>TakesModel</name>
        <message>
            <source>No seed</source>
            <translation>시드 없음</translation>
        </message>
        <message>
            <source>Seed {seed}</source>
            <translation>시드 {seed}</translation>
        </message>
        <message>
            <source>Take {n}</source>
            <translation>테이크 {n}</translation>
        </message>
        <message>
            <source>chosen: the sequence plays it</source>
            <translation>선택됨: 시퀀스가 재생함</translation>
        </message>
        <message>
            <source>cost unknown</source>
            <translation>비용 알 수 없음</translation>
        </message>
        <message>
            <source>default settings</source>
            <translation>기본 설정</translation>
        </message>
        <message>
            <source>free preview</source>
            <translation>무료 미리보기</translation>
        </message>
        <message>
            <source>its file is missing</source>
            <translation>파일 없음</translation>
        </message>
        <message>
            <source>off</source>
            <translation>끔</translation>
        </message>
        <message>
            <source>on</source>
            <translation>켬</translation>
        </message>
        <message>
            <source>rejected, kept</source>
            <translation>제외됨, 보관 중</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>별표 표시됨</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Click a shot to play the sequence from there.</source>
            <translation>샷을 클릭하면 그 지점부터 시퀀스를 재생합니다.</translation>
        </message>
        <message>
            <source>Sequence timeline</source>
            <translation>시퀀스 타임라인</translation>
        </message>
    </context>
    <context>
        <name>Toast</name>
        <message>
            <source>Notification</source>
            <translation>알림</translation>
        </message>
    </context>
    <context>
        <name>UndoHub</name>
        <message>
            <source>&amp;Redo</source>
            <translation>다시 실행(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>실행 취소(&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message numerus="yes">
            <source>%n frames ≈ {seconds}</source>
            <translation>
                <numerusform>%n프레임 ≈ {seconds}</numerusform>
            </translation>
        </message>
        <message>
            <source>{number} Hz</source>
            <translation>{number}Hz</translation>
        </message>
        <message>
            <source>{number} MB</source>
            <translation>{number}MB</translation>
        </message>
        <message>
            <source>{number} MiB</source>
            <translation>{number}MiB</translation>
        </message>
        <message>
            <source>{number} fps</source>
            <translation>{number}fps</translation>
        </message>
        <message>
            <source>{number} kB</source>
            <translation>{number}KB</translation>
        </message>
        <message>
            <source>{number} kHz</source>
            <translation>{number}kHz</translation>
        </message>
        <message>
            <source>{number} megapixels</source>
            <translation>{number}메가픽셀</translation>
        </message>
        <message>
            <source>{number} min</source>
            <translation>{number}분</translation>
        </message>
        <message>
            <source>{number} px</source>
            <translation>{number}px</translation>
        </message>
        <message>
            <source>{number} s</source>
            <translation>{number}초</translation>
        </message>
    </context>
    <context>
        <name>VariationsBar</name>
        <message numerus="yes">
            <source>%n free previews of shot {shot}, {how}.</source>
            <translation>
                <numerusform>샷 {shot}의 무료 미리보기 %n개, {how}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n jobs sent: each becomes a take of this shot when it finishes.</source>
            <translation>
                <numerusform>작업 %n개를 보냈습니다. 각 작업이 끝나면 이 샷의 테이크가 됩니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variations of shot {shot}, {how}, at {unit} per {per}.</source>
            <translation>
                <numerusform>샷 {shot}의 변형 %n개, {how}, {per}당 {unit}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variations of shot {shot}, {how}: estimated {total} in all ({each} each).</source>
            <translation>
                <numerusform>샷 {shot}의 변형 %n개, {how}: 예상 비용 총 {total}(개당 {each}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>How many variations</source>
            <translation>변형 개수</translation>
        </message>
        <message>
            <source>New takes of this shot, each with its own seed</source>
            <translation>이 샷의 새 테이크, 각각 고유한 시드</translation>
        </message>
        <message>
            <source>New takes with the seeds next to the selected take's</source>
            <translation>선택한 테이크의 시드와 이웃한 시드로 새 테이크를 만듭니다</translation>
        </message>
        <message>
            <source>No variations were sent: {reason}</source>
            <translation>변형을 보내지 않았습니다: {reason}</translation>
        </message>
        <message>
            <source>Reading the price…</source>
            <translation>가격을 읽는 중…</translation>
        </message>
        <message>
            <source>Seed sweep…</source>
            <translation>시드 스윕…</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>보내기</translation>
        </message>
        <message numerus="yes">
            <source>Send %n jobs</source>
            <translation>
                <numerusform>작업 %n개 보내기</numerusform>
            </translation>
        </message>
        <message>
            <source>Variations…</source>
            <translation>변형…</translation>
        </message>
        <message>
            <source>seeds {seeds}</source>
            <translation>시드 {seeds}</translation>
        </message>
        <message>
            <source>the same settings again (this model has no seed)</source>
            <translation>같은 설정으로 다시(이 모델에는 시드가 없음)</translation>
        </message>
        <message>
            <source>video</source>
            <translation>동영상</translation>
        </message>
        <message>
            <source>{model} has no seed setting to sweep.</source>
            <translation>{model}에는 바꿔 볼 시드 설정이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>VariationsButton</name>
        <message>
            <source>Generate 2 to 8 variations at once, each with its own seed</source>
            <translation>변형을 2~8개 한 번에 생성합니다. 각각 고유한 시드를 씁니다</translation>
        </message>
        <message numerus="yes">
            <source>Make %n free previews, {how}?</source>
            <translation>
                <numerusform>무료 미리보기 %n개를 만들까요? {how}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Send %n jobs</source>
            <translation>
                <numerusform>작업 %n개 보내기</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Send %n variations, {how}? Estimated {total} in all ({each} each).</source>
            <translation>
                <numerusform>변형 %n개를 보낼까요? {how}. 예상 비용 총 {total}(개당 {each}).</numerusform>
            </translation>
        </message>
        <message>
            <source>The price is not known yet: variations wait until it is.</source>
            <translation>아직 가격을 알 수 없습니다. 가격이 나올 때까지 변형은 기다립니다.</translation>
        </message>
        <message>
            <source>Variations</source>
            <translation>변형</translation>
        </message>
        <message>
            <source>seeds {seeds}</source>
            <translation>시드 {seeds}</translation>
        </message>
        <message>
            <source>the same settings again (this model has no seed)</source>
            <translation>같은 설정으로 다시(이 모델에는 시드가 없음)</translation>
        </message>
        <message>
            <source>×{n} variations</source>
            <translation>변형 ×{n}</translation>
        </message>
    </context>
    <context>
        <name>VideoSurface</name>
        <message>
            <source>Video</source>
            <translation>동영상</translation>
        </message>
    </context>
    <context>
        <name>WelcomeBanner</name>
        <message>
            <source>Add your RunComfy API key</source>
            <translation>RunComfy API 키 추가</translation>
        </message>
        <message>
            <source>Add your RunComfy key…</source>
            <translation>RunComfy 키 추가…</translation>
        </message>
        <message>
            <source>Change your RunComfy API key</source>
            <translation>RunComfy API 키 변경</translation>
        </message>
        <message>
            <source>Change your RunComfy key…</source>
            <translation>RunComfy 키 변경…</translation>
        </message>
        <message>
            <source>Choose a model first, then pick a sample.</source>
            <translation>먼저 모델을 고른 다음 샘플을 선택하세요.</translation>
        </message>
        <message>
            <source>Close the welcome</source>
            <translation>시작 안내 닫기</translation>
        </message>
        <message>
            <source>Close the welcome (Help → Show welcome brings it back)</source>
            <translation>시작 안내 닫기(도움말 → 시작 안내 보기로 다시 열 수 있음)</translation>
        </message>
        <message>
            <source>Generate makes &lt;b&gt;real AI clips&lt;/b&gt; on RunComfy, paid per clip.</source>
            <translation>생성을 누르면 RunComfy에서 &lt;b&gt;실제 AI 클립&lt;/b&gt;을 만들며, 클립마다 요금이 부과됩니다.</translation>
        </message>
        <message>
            <source>Sample frames</source>
            <translation>샘플 프레임</translation>
        </message>
        <message>
            <source>Storyreel turns still pictures into short video clips. Put a picture in the first frame box, describe the motion in the prompt, and press Generate.</source>
            <translation>Storyreel은 정지 이미지를 짧은 동영상 클립으로 만듭니다. 첫 프레임 칸에 이미지를 넣고, 프롬프트에 움직임을 설명한 뒤 생성을 누르세요.</translation>
        </message>
        <message>
            <source>The sample “{title}” could not be copied to {folder}: {error}</source>
            <translation>샘플 “{title}”을(를) {folder}에 복사하지 못했습니다: {error}</translation>
        </message>
        <message>
            <source>Try a sample:</source>
            <translation>샘플 사용해 보기:</translation>
        </message>
        <message>
            <source>Until you add a RunComfy API key, it runs on the free &lt;b&gt;offline preview&lt;/b&gt;: local motion sketches made from your frames (camera moves and transitions), &lt;b&gt;not AI generation&lt;/b&gt;.</source>
            <translation>RunComfy API 키를 추가하기 전까지는 무료 &lt;b&gt;오프라인 미리보기&lt;/b&gt;로 동작합니다: 내 프레임으로 만드는 로컬 모션 스케치(카메라 움직임과 전환)이며 &lt;b&gt;AI 생성이 아닙니다&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Welcome to Storyreel</source>
            <translation>Storyreel에 오신 것을 환영합니다</translation>
        </message>
        <message>
            <source>Without a RunComfy API key, Generate makes free &lt;b&gt;offline previews&lt;/b&gt;: motion sketches from your frames, &lt;b&gt;not AI generation&lt;/b&gt;.</source>
            <translation>RunComfy API 키가 없으면 생성은 무료 &lt;b&gt;오프라인 미리보기&lt;/b&gt;를 만듭니다. 프레임으로 만든 모션 스케치이며 &lt;b&gt;AI 생성이 아닙니다&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Your RunComfy API key is set, so Generate makes &lt;b&gt;real AI clips&lt;/b&gt; with Seedance and Dreamina on RunComfy, paid per clip. The free offline preview (motion sketches, not AI generation) is one click away in the toolbar.</source>
            <translation>RunComfy API 키가 설정되어 있어 생성을 누르면 RunComfy의 Seedance·Dreamina로 &lt;b&gt;실제 AI 클립&lt;/b&gt;을 만들며, 클립마다 요금이 부과됩니다. 무료 오프라인 미리보기(모션 스케치, AI 생성 아님)는 도구 모음에서 클릭 한 번으로 전환할 수 있습니다.</translation>
        </message>
        <message>
            <source>Your key is on runcomfy.com, under {place}.</source>
            <translation>키는 runcomfy.com의 {place}에 있습니다.</translation>
        </message>
        <message>
            <source>“{title}” is being made: it plays in the player as soon as it is done.</source>
            <translation>“{title}”을(를) 만드는 중입니다. 완성되면 바로 플레이어에서 재생됩니다.</translation>
        </message>
        <message>
            <source>“{title}” is in the panel. Press Generate to see it move.</source>
            <translation>“{title}”이(가) 패널에 들어갔습니다. 생성을 눌러 움직이는 모습을 확인하세요.</translation>
        </message>
        <message>
            <source>“{title}” is made: it is playing in the player. Try another sample, or drop a picture of your own into the panel.</source>
            <translation>“{title}”이(가) 완성되어 플레이어에서 재생 중입니다. 다른 예제를 해 보거나 직접 고른 사진을 패널에 놓아 보세요.</translation>
        </message>
        <message>
            <source>“{title}” was not made: the queue says why.</source>
            <translation>“{title}”을(를) 만들지 못했습니다. 이유는 대기열에서 확인하세요.</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;About Storyreel</source>
            <translation>Storyreel 정보(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>기록(&amp;H)…</translation>
        </message>
        <message>
            <source>&amp;Paste image</source>
            <translation>이미지 붙여넣기(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>종료(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>설정(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Single shot</source>
            <translation>단일 샷(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>About Storyreel</source>
            <translation>Storyreel 정보</translation>
        </message>
        <message>
            <source>Click a frame box first, then paste the image into it.</source>
            <translation>먼저 프레임 칸을 클릭한 다음 이미지를 붙여 넣으세요.</translation>
        </message>
        <message>
            <source>Copy &amp;diagnostics</source>
            <translation>진단 정보 복사(&amp;D)</translation>
        </message>
        <message>
            <source>Diagnostics copied to the clipboard (without your API key).</source>
            <translation>진단 정보를 클립보드에 복사했습니다(API 키는 제외).</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>기본 도구 모음</translation>
        </message>
        <message>
            <source>Open o&amp;utput folder</source>
            <translation>출력 폴더 열기(&amp;U)</translation>
        </message>
        <message>
            <source>Paste an image into the focused frame box</source>
            <translation>선택한 프레임 칸에 이미지 붙여넣기</translation>
        </message>
        <message>
            <source>Re&amp;fresh models</source>
            <translation>모델 새로 고침(&amp;F)</translation>
        </message>
        <message>
            <source>Read RunComfy's list of models now.</source>
            <translation>지금 RunComfy의 모델 목록을 읽어 옵니다.</translation>
        </message>
        <message>
            <source>S&amp;pending…</source>
            <translation>지출(&amp;P)…</translation>
        </message>
        <message>
            <source>S&amp;toryboard</source>
            <translation>스토리보드(&amp;T)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>설정</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>설정…</translation>
        </message>
        <message>
            <source>Show &amp;welcome</source>
            <translation>시작 안내 보기(&amp;W)</translation>
        </message>
        <message>
            <source>Storyreel {version}</source>
            <translation>Storyreel {version}</translation>
        </message>
        <message>
            <source>The library folder {path} cannot be created: {error}</source>
            <translation>라이브러리 폴더 {path}을(를) 만들 수 없습니다: {error}</translation>
        </message>
        <message>
            <source>Turns still frames into video clips with ByteDance's Seedance and Dreamina models on RunComfy's Model API. The offline preview makes free local motion sketches, not AI generation.</source>
            <translation>RunComfy 모델 API의 ByteDance Seedance·Dreamina 모델로 정지 프레임을 동영상 클립으로 만듭니다. 오프라인 미리보기는 로컬에서 무료로 모션 스케치를 만들며, AI 생성이 아닙니다.</translation>
        </message>
    </context>
    <context>
        <name>_ComboChoice</name>
        <message>
            <source>Not set</source>
            <translation>설정 안 함</translation>
        </message>
    </context>
</TS>
