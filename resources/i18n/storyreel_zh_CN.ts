<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AudioPlayer</name>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <source>Play or pause the clip</source>
            <translation>播放或暂停片段</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>播放位置</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
    </context>
    <context>
        <name>BalanceLabel</name>
        <message>
            <source>Balance unavailable</source>
            <translation>余额不可用</translation>
        </message>
        <message>
            <source>Balance: {amount}</source>
            <translation>余额：{amount}</translation>
        </message>
        <message>
            <source>RunComfy balance</source>
            <translation>RunComfy 余额</translation>
        </message>
        <message>
            <source>RunComfy's balance could not be read just now. It is read again after the next finished job.</source>
            <translation>暂时无法读取 RunComfy 余额。下一个任务完成后会重新读取。</translation>
        </message>
        <message>
            <source>Your RunComfy balance, read again after each finished job.</source>
            <translation>你的 RunComfy 余额，每完成一个任务后重新读取。</translation>
        </message>
    </context>
    <context>
        <name>BoardEditing</name>
        <message numerus="yes">
            <source>%n frames added.</source>
            <translation>
                <numerusform>已添加 %n 个画面。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots now use {model}.</source>
            <translation>
                <numerusform>%n 个镜头现在使用 {model}。</numerusform>
            </translation>
        </message>
        <message>
            <source>Add frames</source>
            <translation>添加画面</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Apply settings and prompt to all shots</source>
            <translation>将设置和提示词应用到所有镜头</translation>
        </message>
        <message>
            <source>Apply settings to all shots</source>
            <translation>将设置应用到所有镜头</translation>
        </message>
        <message>
            <source>Change the model of shot {n}</source>
            <translation>更改镜头 {n} 的模型</translation>
        </message>
        <message>
            <source>Change the settings of shot {n}</source>
            <translation>更改镜头 {n} 的设置</translation>
        </message>
        <message>
            <source>Cut one clip per frame</source>
            <translation>按每个画面切分一个片段</translation>
        </message>
        <message>
            <source>Cut one clip per pair of frames</source>
            <translation>按每对画面切分一个片段</translation>
        </message>
        <message>
            <source>Duplicate frame {n}</source>
            <translation>复制画面 {n}</translation>
        </message>
        <message>
            <source>Edit the prompt of shot {n}</source>
            <translation>编辑镜头 {n} 的提示词</translation>
        </message>
        <message>
            <source>Frame {n} ({name}) removed.</source>
            <translation>已移除画面 {n}（{name}）。</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</source>
            <translation>图像 (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Left out {names}: not image files (PNG, JPEG, WebP, BMP, GIF or TIFF).</source>
            <translation>已跳过 {names}：不是图像文件（PNG、JPEG、WebP、BMP、GIF 或 TIFF）。</translation>
        </message>
        <message>
            <source>No images were found in the dropped folder.</source>
            <translation>拖入的文件夹中没有找到图像。</translation>
        </message>
        <message>
            <source>Remove frame {n}</source>
            <translation>移除画面 {n}</translation>
        </message>
        <message numerus="yes">
            <source>Shots {numbers} took the prompt and settings of the shot that began on the same frame.</source>
            <translation>
                <numerusform>镜头 {numbers} 沿用了从同一画面开始的镜头的提示词和设置。</numerusform>
            </translation>
        </message>
        <message>
            <source>The clipboard holds no image files: copy them in your file manager, or drop them on the strip.</source>
            <translation>剪贴板中没有图像文件：请在文件管理器中复制，或直接拖到画面条上。</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>使用 {model}</translation>
        </message>
        <message numerus="yes">
            <source>{model} and these settings now apply to all %n shots; each keeps its prompt.</source>
            <translation>
                <numerusform>{model} 和这些设置现已应用到全部 %n 个镜头；各镜头保留自己的提示词。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{model}, these settings and this prompt now apply to all %n shots.</source>
            <translation>
                <numerusform>{model}、这些设置和此提示词现已应用到全部 %n 个镜头。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardSync</name>
        <message numerus="yes">
            <source>%n frames</source>
            <translation>
                <numerusform>%n 帧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots</source>
            <translation>
                <numerusform>%n 个镜头</numerusform>
            </translation>
        </message>
        <message>
            <source>One clip per frame instead</source>
            <translation>改为每个画面一个片段</translation>
        </message>
        <message>
            <source>Select a shot to see its settings.</source>
            <translation>选择一个镜头以查看其设置。</translation>
        </message>
        <message>
            <source>Shot {n} of {count} · {frames}</source>
            <translation>镜头 {n}/{count} · {frames}</translation>
        </message>
        <message>
            <source>Takes ({n})…</source>
            <translation>镜次（{n}）…</translation>
        </message>
        <message>
            <source>Takes…</source>
            <translation>镜次…</translation>
        </message>
        <message>
            <source>This storyboard has no file yet: Save gives it one.</source>
            <translation>此分镜尚无文件：点击保存即可创建。</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>使用 {model}</translation>
        </message>
        <message>
            <source>frame {n}</source>
            <translation>画面 {n}</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>尚未保存</translation>
        </message>
        <message>
            <source>saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <source>saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <source>{done} of {shots} rendered</source>
            <translation>已渲染 {done}/{shots}</translation>
        </message>
        <message>
            <source>{message} One clip per pair of frames goes from a first frame to a last frame, so consecutive clips meet where the frames meet (shots {numbers}).</source>
            <translation>{message} 每对画面一个片段时，片段从首帧走到尾帧，相邻片段在画面相接处衔接（镜头 {numbers}）。</translation>
        </message>
        <message>
            <source>{s} s</source>
            <translation>{s} 秒</translation>
        </message>
    </context>
    <context>
        <name>BoardTakes</name>
        <message>
            <source>No takes yet: generate this shot, or ask for variations.</source>
            <translation>还没有镜次：请生成此镜头，或生成变体。</translation>
        </message>
        <message>
            <source>Takes of shot {n}</source>
            <translation>镜头 {n} 的镜次</translation>
        </message>
        <message>
            <source>The sequence now plays this take.</source>
            <translation>序列现在播放此镜次。</translation>
        </message>
    </context>
    <context>
        <name>CapFields</name>
        <message>
            <source>A paid job that would pass a cap is not sent: Storyreel asks you first. Free previews never count.</source>
            <translation>会超出上限的付费任务不会发送：Storyreel 会先询问你。免费预览从不计入。</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>每天</translation>
        </message>
        <message>
            <source>Per storyboard render</source>
            <translation>每次渲染分镜</translation>
        </message>
        <message>
            <source>Spending caps</source>
            <translation>支出上限</translation>
        </message>
    </context>
    <context>
        <name>CompareCanvas</name>
        <message>
            <source>The two takes</source>
            <translation>两条镜次</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare takes</source>
            <translation>比较镜次</translation>
        </message>
        <message>
            <source>Frame ▶</source>
            <translation>下一帧 ▶</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>播放位置</translation>
        </message>
        <message>
            <source>Show the takes one over the other, split by a line</source>
            <translation>将两条镜次叠放显示，以一条线分隔</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>并排</translation>
        </message>
        <message>
            <source>Wipe</source>
            <translation>划像</translation>
        </message>
        <message>
            <source>Wipe line</source>
            <translation>划像分界线</translation>
        </message>
        <message>
            <source>◀ Frame</source>
            <translation>◀ 上一帧</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>Fetching the image was cancelled.</source>
            <translation>已取消获取图像。</translation>
        </message>
        <message>
            <source>RunComfy could not be reached, so the key is not checked yet: {reason}</source>
            <translation>无法连接 RunComfy，因此尚未检查密钥：{reason}</translation>
        </message>
        <message>
            <source>RunComfy refused this key: it may be mistyped, expired or revoked. Copy it again from your RunComfy profile.</source>
            <translation>RunComfy 拒绝了此密钥：可能输入有误、已过期或已被撤销。请从 RunComfy 个人资料中重新复制。</translation>
        </message>
        <message>
            <source>RunComfy's list of models is up to date.</source>
            <translation>RunComfy 的模型列表已是最新。</translation>
        </message>
        <message>
            <source>Some of its models cannot be offered; the reasons are in the log (Help → Copy diagnostics).</source>
            <translation>其中部分模型无法提供；原因见日志（帮助 → 复制诊断信息）。</translation>
        </message>
        <message>
            <source>Some unfinished jobs cannot be followed yet: {reason}</source>
            <translation>部分未完成的任务暂时无法跟踪：{reason}</translation>
        </message>
        <message>
            <source>Something went wrong: {error}. The details are in the log (Help → Copy diagnostics).</source>
            <translation>出了点问题：{error}。详情见日志（帮助 → 复制诊断信息）。</translation>
        </message>
        <message>
            <source>Storyreel is still starting: try again in a moment.</source>
            <translation>Storyreel 仍在启动：请稍后再试。</translation>
        </message>
        <message>
            <source>The key could not be checked: {reason}</source>
            <translation>无法检查密钥：{reason}</translation>
        </message>
        <message>
            <source>The key works: RunComfy accepted it.</source>
            <translation>密钥有效：RunComfy 已接受。</translation>
        </message>
        <message>
            <source>This job could not be cancelled: it has already started generating, and only jobs still waiting in the queue can be cancelled.</source>
            <translation>无法取消此任务：它已开始生成，只有仍在队列中等待的任务才能取消。</translation>
        </message>
        <message>
            <source>Unfinished jobs could not be picked up: the details are in the log (Help → Copy diagnostics).</source>
            <translation>无法接回未完成的任务：详情见日志（帮助 → 复制诊断信息）。</translation>
        </message>
        <message>
            <source>{problem} The models known before are offered.</source>
            <translation>{problem} 将提供之前已知的模型。</translation>
        </message>
    </context>
    <context>
        <name>DocumentFlow</name>
        <message numerus="yes">
            <source>%n shots picked up clips that finished while it was closed.</source>
            <translation>
                <numerusform>%n 个镜头接收了关闭期间完成的片段。</numerusform>
            </translation>
        </message>
        <message>
            <source>A new, empty storyboard: drop frames on the strip to begin.</source>
            <translation>新的空白分镜：把画面拖到画面条上即可开始。</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>不保存</translation>
        </message>
        <message numerus="yes">
            <source>It has %n frames. Save it to keep its frames, settings and clips together; its rendered clips stay in your library either way.</source>
            <translation>
                <numerusform>它有 %n 个画面。保存后，画面、设置和片段会放在一起；已渲染的片段无论如何都会保留在媒体库中。</numerusform>
            </translation>
        </message>
        <message>
            <source>Open storyboard</source>
            <translation>打开分镜</translation>
        </message>
        <message>
            <source>Opened {name}.</source>
            <translation>已打开 {name}。</translation>
        </message>
        <message>
            <source>Save storyboard as</source>
            <translation>分镜另存为</translation>
        </message>
        <message>
            <source>Save the storyboard?</source>
            <translation>保存分镜？</translation>
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation>已保存 {path}。</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>保存…</translation>
        </message>
        <message>
            <source>Storyboards (*.storyboard.json *.json)</source>
            <translation>分镜 (*.storyboard.json *.json)</translation>
        </message>
        <message>
            <source>Storyboards (*.storyboard.json)</source>
            <translation>分镜 (*.storyboard.json)</translation>
        </message>
        <message numerus="yes">
            <source>The image files of frames {numbers} are missing.</source>
            <translation>
                <numerusform>画面 {numbers} 的图像文件缺失。</numerusform>
            </translation>
        </message>
        <message>
            <source>The storyboard could not be saved to {path}: {error}</source>
            <translation>无法将分镜保存到 {path}：{error}</translation>
        </message>
        <message>
            <source>The storyboard is not saved in a file yet.</source>
            <translation>分镜尚未保存为文件。</translation>
        </message>
        <message>
            <source>The storyboard {path} cannot be opened: {error}</source>
            <translation>无法打开分镜 {path}：{error}</translation>
        </message>
    </context>
    <context>
        <name>DropZone</name>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Bring back the image that was here before.</source>
            <translation>恢复此处之前的图像。</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>检查中…</translation>
        </message>
        <message>
            <source>Choose {subject}</source>
            <translation>选择{subject}</translation>
        </message>
        <message>
            <source>Drop zone for {subject}</source>
            <translation>{subject}的拖放区</translation>
        </message>
        <message>
            <source>Drop {subject} here · or click to choose · Ctrl+V to paste</source>
            <translation>将{subject}拖到这里 · 或点击选择 · Ctrl+V 粘贴</translation>
        </message>
        <message>
            <source>Fetching {name}…</source>
            <translation>正在获取 {name}…</translation>
        </message>
        <message>
            <source>Frame…</source>
            <translation>取景…</translation>
        </message>
        <message>
            <source>Frame…: choose the part of the picture the shot keeps, at the shot's aspect ratio.</source>
            <translation>取景…：按镜头的宽高比，选择镜头保留的图像部分。</translation>
        </message>
        <message>
            <source>Hide the rules</source>
            <translation>隐藏规则</translation>
        </message>
        <message>
            <source>Images ({patterns})</source>
            <translation>图像 ({patterns})</translation>
        </message>
        <message>
            <source>No preview</source>
            <translation>无预览</translation>
        </message>
        <message>
            <source>Only one image fits here; the first of the {count} was used.</source>
            <translation>这里只能放一张图像；已使用 {count} 张中的第一张。</translation>
        </message>
        <message>
            <source>Remove image</source>
            <translation>移除图像</translation>
        </message>
        <message>
            <source>Remove this image (Delete)</source>
            <translation>移除此图像（Delete）</translation>
        </message>
        <message>
            <source>Restore previous</source>
            <translation>恢复之前的</translation>
        </message>
        <message>
            <source>Show every rule this image was checked against</source>
            <translation>显示检查此图像所依据的每条规则</translation>
        </message>
        <message>
            <source>Show the rules</source>
            <translation>显示规则</translation>
        </message>
        <message>
            <source>The clipboard holds no image, image file or image URL.</source>
            <translation>剪贴板中没有图像、图像文件或图像 URL。</translation>
        </message>
        <message>
            <source>an image</source>
            <translation>图像</translation>
        </message>
        <message>
            <source>{name} cannot be read ({error}).</source>
            <translation>无法读取 {name}（{error}）。</translation>
        </message>
    </context>
    <context>
        <name>EngineChoice</name>
        <message>
            <source>Add your RunComfy API key in Settings to generate with RunComfy.</source>
            <translation>在设置中添加你的 RunComfy API 密钥，即可使用 RunComfy 生成。</translation>
        </message>
    </context>
    <context>
        <name>EngineSwitch</name>
        <message>
            <source>Engine</source>
            <translation>引擎</translation>
        </message>
        <message>
            <source>Engine:</source>
            <translation>引擎：</translation>
        </message>
        <message>
            <source>Free local motion sketches from your frames: not AI generation.</source>
            <translation>基于你的画面在本地免费生成运动草稿：并非 AI 生成。</translation>
        </message>
        <message>
            <source>Offline preview</source>
            <translation>离线预览</translation>
        </message>
        <message>
            <source>Real generation with Seedance and Dreamina on RunComfy: paid per clip.</source>
            <translation>在 RunComfy 上用 Seedance 和 Dreamina 真实生成：按片段计费。</translation>
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
            <translation>它要求等待 {seconds} 秒。</translation>
        </message>
        <message>
            <source> RunComfy said: {message}</source>
            <translation>RunComfy 的回复：{message}</translation>
        </message>
        <message>
            <source>'{request}' is not a valid RunComfy request id: request ids are 1 to 128 letters, digits, '-' or '_'.</source>
            <translation>'{request}' 不是有效的 RunComfy 请求 ID：请求 ID 由 1 到 128 个字母、数字、'-' 或 '_' 组成。</translation>
        </message>
        <message>
            <source>'{text}' is not a date: write it as year-month-day, for example 2026-03-31.</source>
            <translation>'{text}' 不是日期：请按 年-月-日 格式书写，例如 2026-03-31。</translation>
        </message>
        <message>
            <source>'{text}' is not a job state; choose from {known}.</source>
            <translation>'{text}' 不是任务状态，请从 {known} 中选择。</translation>
        </message>
        <message>
            <source>1 entry given; at least {low} needed.</source>
            <translation>已提供 1 个条目；至少需要 {low} 个。</translation>
        </message>
        <message>
            <source>1 entry given; at most {high} allowed.</source>
            <translation>已提供 1 个条目；最多允许 {high} 个。</translation>
        </message>
        <message>
            <source>Another Storyreel is following this job: retry its download there, or close that Storyreel first.</source>
            <translation>另一个 Storyreel 正在跟踪此任务：请在那里重试下载，或先关闭那个 Storyreel。</translation>
        </message>
        <message>
            <source>Another Storyreel took this job over while this one was not responding; it follows the job from now on.</source>
            <translation>在此 Storyreel 无响应期间，另一个 Storyreel 接管了此任务；从现在起由它跟进。</translation>
        </message>
        <message>
            <source>Cancelling request {request}</source>
            <translation>取消请求 {request}</translation>
        </message>
        <message>
            <source>Checking request {request}</source>
            <translation>查询请求 {request}</translation>
        </message>
        <message>
            <source>Could not connect to fetch {url}: {reason}.</source>
            <translation>无法连接以获取 {url}：{reason}。</translation>
        </message>
        <message>
            <source>Could not save {url} in {folder}: {reason}.</source>
            <translation>无法将 {url} 保存到 {folder}：{reason}。</translation>
        </message>
        <message>
            <source>Entry number {number} of RunComfy's catalogue has no usable model id; it is left out.</source>
            <translation>RunComfy 目录中的第 {number} 项没有可用的模型 ID，已略过。</translation>
        </message>
        <message>
            <source>Entry number {number} of RunComfy's catalogue is not a model description; it is left out.</source>
            <translation>RunComfy 目录中的第 {number} 项不是模型描述，已略过。</translation>
        </message>
        <message>
            <source>Entry {name} of RunComfy's catalogue has no usable model id; it is left out.</source>
            <translation>RunComfy 目录中的条目 {name} 没有可用的模型 ID，已略过。</translation>
        </message>
        <message>
            <source>Expected a value of type {type}.</source>
            <translation>需要 {type} 类型的值。</translation>
        </message>
        <message>
            <source>Expected {wanted}.</source>
            <translation>需要{wanted}。</translation>
        </message>
        <message>
            <source>Fetching {url} failed: {reason}.</source>
            <translation>获取 {url} 失败：{reason}。</translation>
        </message>
        <message>
            <source>Fetching {url} took longer than {seconds} s, so Storyreel stopped. The server may be very slow: try again later, or save the image and use the file.</source>
            <translation>获取 {url} 超过了 {seconds} 秒，Storyreel 已停止。服务器可能非常慢：请稍后重试，或保存图片后使用该文件。</translation>
        </message>
        <message>
            <source>Frame {number} ({name})</source>
            <translation>画面 {number}（{name}）</translation>
        </message>
        <message>
            <source>Free local preview: a motion sketch from your frames, not AI generation.</source>
            <translation>免费本地预览：由你的画面制作的运动草稿，而非 AI 生成。</translation>
        </message>
        <message>
            <source>Its choices are not all of one type ({kind}); each choice is sent exactly as the schema lists it.</source>
            <translation>其选项类型不一致（{kind}），每个选项都会按结构中列出的原样发送。</translation>
        </message>
        <message>
            <source>Its choices are not all of one type; each choice is sent exactly as the schema lists it.</source>
            <translation>其选项类型不一致，每个选项都会按结构中列出的原样发送。</translation>
        </message>
        <message>
            <source>Its choices are not plain values; the value is typed as JSON.</source>
            <translation>其选项不是简单值，需以 JSON 形式输入值。</translation>
        </message>
        <message>
            <source>Its default does not fit its own schema; it is left unset.</source>
            <translation>其默认值不符合自身的结构，保持未设置。</translation>
        </message>
        <message>
            <source>Its default {default} breaks its own limits ({limits}); it is left unset.</source>
            <translation>其默认值 {default} 超出了自身的限制（{limits}），保持未设置。</translation>
        </message>
        <message>
            <source>Its default {default} is given as a number; the choice {choice} is used.</source>
            <translation>其默认值 {default} 以数字给出，改用选项 {choice}。</translation>
        </message>
        <message>
            <source>Its default {default} is not a number; it is left unset.</source>
            <translation>其默认值 {default} 不是数字，保持未设置。</translation>
        </message>
        <message>
            <source>Its default {default} is not a whole number; it is left unset.</source>
            <translation>其默认值 {default} 不是整数，保持未设置。</translation>
        </message>
        <message>
            <source>Its default {default} is not one of its choices; none is preselected.</source>
            <translation>其默认值 {default} 不在选项之中，因此不预先选择任何选项。</translation>
        </message>
        <message>
            <source>Its schema gives no type; the value is typed as JSON.</source>
            <translation>其结构未给出类型，需以 JSON 形式输入值。</translation>
        </message>
        <message>
            <source>Its schema gives the type {type}; the value is typed as JSON.</source>
            <translation>其结构给出的类型是 {type}，需以 JSON 形式输入值。</translation>
        </message>
        <message>
            <source>Job {job} is not being followed in this session: resume it first.</source>
            <translation>本次运行未跟踪任务 {job}：请先恢复它。</translation>
        </message>
        <message>
            <source>Job {job} is not in the job database.</source>
            <translation>任务数据库中没有任务 {job}。</translation>
        </message>
        <message>
            <source>Job {name} is followed by {holder}: this one leaves it to that one; nothing is lost.</source>
            <translation>任务 {name} 正由{holder}跟进：此处交由对方处理；不会丢失任何内容。</translation>
        </message>
        <message>
            <source>Job {name} is followed by {holder}: this window takes it over if that one stops.</source>
            <translation>任务 {name} 正由{holder}跟进：如果对方停止，此窗口会接管。</translation>
        </message>
        <message>
            <source>Model file</source>
            <translation>模型文件</translation>
        </message>
        <message>
            <source>No RunComfy API key is set for {base}. Add one in Settings (or with `storyreel login --api-base {base}`, or the RUNCOMFY_API_TOKEN environment variable), or use the free offline preview.</source>
            <translation>未为 {base} 设置 RunComfy API 密钥。请在设置中添加（或使用 `storyreel login --api-base {base}`，或环境变量 RUNCOMFY_API_TOKEN），或使用免费的离线预览。</translation>
        </message>
        <message>
            <source>No RunComfy API key is set. Add one in Settings (or with `storyreel login`, or the RUNCOMFY_API_TOKEN environment variable), or use the free offline preview.</source>
            <translation>未设置 RunComfy API 密钥。请在设置中添加（或使用 `storyreel login`，或环境变量 RUNCOMFY_API_TOKEN），或使用免费的离线预览。</translation>
        </message>
        <message>
            <source>No RunComfy API key is set: add one in Settings.</source>
            <translation>未设置 RunComfy API 密钥：请在设置中添加。</translation>
        </message>
        <message>
            <source>Not sent: Storyreel closed before this job was sent. Nothing was charged; use Retry to send it.</source>
            <translation>未发送：Storyreel 在发送此任务之前已关闭。未产生任何费用；请使用“重试”发送。</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <translation>未发送：{reason}</translation>
        </message>
        <message>
            <source>Only http and https URLs can be used, not {scheme}.</source>
            <translation>只能使用 http 和 https 网址，不能使用 {scheme}。</translation>
        </message>
        <message>
            <source>Reading RunComfy's list of models</source>
            <translation>读取 RunComfy 的模型列表</translation>
        </message>
        <message>
            <source>Reading RunComfy's list of models: an answer came without a list of models.</source>
            <translation>读取 RunComfy 的模型列表：收到的回复中没有模型列表。</translation>
        </message>
        <message>
            <source>Reading the account balance</source>
            <translation>读取账户余额</translation>
        </message>
        <message>
            <source>Reading the price of {model}</source>
            <translation>读取 {model} 的价格</translation>
        </message>
        <message>
            <source>Reading the result of request {request}</source>
            <translation>读取请求 {request} 的结果</translation>
        </message>
        <message>
            <source>Rendering these {shots} shots would cost {amount}, more than your cap of {cap} per storyboard render. Nothing was sent. Raise the cap in Settings to render them, or render fewer shots.</source>
            <translation>渲染这 {shots} 个镜头将花费 {amount}，超过你每次分镜渲染的上限 {cap}。没有发送任何内容。请在设置中提高上限后渲染，或减少要渲染的镜头。</translation>
        </message>
        <message>
            <source>Request {request} has been generating for {ran}, much longer than the usual {usual}. Storyreel keeps waiting for it; it is not cancelled.</source>
            <translation>请求 {request} 已生成了 {ran}，远超通常的 {usual}。Storyreel 会继续等待；不会取消。</translation>
        </message>
        <message>
            <source>Request {request} was reported done with no output file.</source>
            <translation>请求 {request} 报告已完成，但没有输出文件。</translation>
        </message>
        <message>
            <source>RunComfy could not make this video: {reason}</source>
            <translation>RunComfy 无法生成此视频：{reason}</translation>
        </message>
        <message>
            <source>RunComfy gave no reason.</source>
            <translation>RunComfy 未给出原因。</translation>
        </message>
        <message>
            <source>RunComfy's list of models could not be read: {reason}</source>
            <translation>无法读取 RunComfy 的模型列表：{reason}</translation>
        </message>
        <message>
            <source>Sending the job</source>
            <translation>发送任务</translation>
        </message>
        <message>
            <source>Shot {number} has neither a clip nor a frame to hold.</source>
            <translation>镜头 {number} 既没有片段，也没有可定格的画面。</translation>
        </message>
        <message>
            <source>Shot {number} is already rendered from these inputs: {name}.</source>
            <translation>镜头 {number} 已用这些输入渲染过：{name}。</translation>
        </message>
        <message>
            <source>Shot {number} is already under way as {request}.</source>
            <translation>镜头 {number} 已作为 {request} 在进行中。</translation>
        </message>
        <message>
            <source>Shot {number} is rendered: {name}.</source>
            <translation>镜头 {number} 已渲染：{name}。</translation>
        </message>
        <message>
            <source>Shot {number} is still under way ({problem}); it is picked up when the board is opened again.</source>
            <translation>镜头 {number} 仍在进行中（{problem}）；下次打开分镜时会继续跟进。</translation>
        </message>
        <message>
            <source>Shot {number} sent as {request}.</source>
            <translation>镜头 {number} 已作为 {request} 发送。</translation>
        </message>
        <message>
            <source>Shot {number} was not sent again: its last submission is uncertain. Check your generation history on RunComfy, then render this shot on its own to send it again.</source>
            <translation>镜头 {number} 未再次发送：其上一次提交情况不明。请先查看你在 RunComfy 上的生成历史记录，再单独渲染此镜头以重新发送。</translation>
        </message>
        <message>
            <source>Shot {number} was not sent: {reason}</source>
            <translation>镜头 {number} 未发送：{reason}</translation>
        </message>
        <message>
            <source>Shot {number}: a held frame needs a length above 0 s, not {length}.</source>
            <translation>镜头 {number}：定格画面的时长必须大于 0 秒，而不是 {length}。</translation>
        </message>
        <message>
            <source>Shot {number}: its clip could not be trimmed: {reason}</source>
            <translation>镜头 {number}：无法修剪其片段：{reason}</translation>
        </message>
        <message>
            <source>Shot {number}: the frame {path} to hold does not exist.</source>
            <translation>镜头 {number}：要定格的画面 {path} 不存在。</translation>
        </message>
        <message>
            <source>Shot {number}: {field}: {problem}</source>
            <translation>镜头 {number}：{field}：{problem}</translation>
        </message>
        <message>
            <source>Shot {number}: {problem}</source>
            <translation>镜头 {number}：{problem}</translation>
        </message>
        <message>
            <source>Shot {number}: {reason}</source>
            <translation>镜头 {number}：{reason}</translation>
        </message>
        <message>
            <source>Shot {number}: {state}: {reason}</source>
            <translation>镜头 {number}：{state}：{reason}</translation>
        </message>
        <message>
            <source>Storyreel cannot tell whether RunComfy received this job: the answer to the submission was lost. Check your generation history on RunComfy (Library → Generations) before trying again, so that you are not charged twice. Storyreel will not send it again by itself.</source>
            <translation>Storyreel 无法确定 RunComfy 是否收到了此任务：提交后的响应丢失了。重试前请先在 RunComfy 上查看生成记录（Library → Generations），以免重复扣费。Storyreel 不会自动重新发送。</translation>
        </message>
        <message>
            <source>Storyreel cannot use its cache folder {path}</source>
            <translation>Storyreel 无法使用其缓存文件夹 {path}</translation>
        </message>
        <message>
            <source>Storyreel cannot use its data folder {path}</source>
            <translation>Storyreel 无法使用其数据文件夹 {path}</translation>
        </message>
        <message>
            <source>Storyreel cannot use its log folder {path}</source>
            <translation>Storyreel 无法使用其日志文件夹 {path}</translation>
        </message>
        <message>
            <source>Storyreel cannot use its output folder {path}</source>
            <translation>Storyreel 无法使用其输出文件夹 {path}</translation>
        </message>
        <message>
            <source>Storyreel cannot use its settings folder {path}</source>
            <translation>Storyreel 无法使用其设置文件夹 {path}</translation>
        </message>
        <message>
            <source>Storyreel cannot use its video library folder {path}</source>
            <translation>Storyreel 无法使用其视频媒体库文件夹 {path}</translation>
        </message>
        <message>
            <source>Storyreel cannot use its {what} folder {path}</source>
            <translation>Storyreel 无法使用其 {what} 文件夹 {path}</translation>
        </message>
        <message>
            <source>Storyreel could not get an answer about request {request} ({tries} tries in a row): {reason} It keeps checking; the job is not lost.</source>
            <translation>Storyreel 未能获得关于请求 {request} 的回复（连续 {tries} 次尝试）：{reason}它会继续检查；任务不会丢失。</translation>
        </message>
        <message>
            <source>Storyreel does not check the rule {names}; RunComfy checks it when sent.</source>
            <translation>Storyreel 不检查规则 {names}，发送时由 RunComfy 检查。</translation>
        </message>
        <message>
            <source>Storyreel does not check the rules {names}; RunComfy checks them when sent.</source>
            <translation>Storyreel 不检查规则 {names}，发送时由 RunComfy 检查。</translation>
        </message>
        <message>
            <source>Storyreel does not know the format '{format}'; the value is typed as text.</source>
            <translation>Storyreel 不认识格式 '{format}'，需以文本形式输入值。</translation>
        </message>
        <message>
            <source>Storyreel is not allowed to write in it</source>
            <translation>Storyreel 没有写入权限</translation>
        </message>
        <message>
            <source>Storyreel stopped before the job finished; it continues on the next start.</source>
            <translation>Storyreel 在任务完成前已停止；下次启动时将继续。</translation>
        </message>
        <message>
            <source>The API address '{address}' cannot be used: it must not contain a user name, a password, a query or a fragment.</source>
            <translation>API 地址“{address}”无法使用：不能包含用户名、密码、查询参数或片段。</translation>
        </message>
        <message>
            <source>The API address '{address}' cannot be used: it must start with https:// (plain http is only allowed for this computer, such as http://127.0.0.1:8000).</source>
            <translation>API 地址“{address}”无法使用：必须以 https:// 开头（普通 http 仅允许用于本机，例如 http://127.0.0.1:8000）。</translation>
        </message>
        <message>
            <source>The RunComfy API key holds characters no API key has (spaces, line breaks, accented or other non-ASCII letters). Copy it again from your RunComfy profile and store it in Settings, with `storyreel login`, or in RUNCOMFY_API_TOKEN.</source>
            <translation>RunComfy API 密钥包含 API 密钥不会有的字符（空格、换行、带重音或其他非 ASCII 字母）。请从你的 RunComfy 个人资料中重新复制，并保存到设置、`storyreel login` 或 RUNCOMFY_API_TOKEN 中。</translation>
        </message>
        <message>
            <source>The captions could not be burnt into {name}: {reason}</source>
            <translation>无法将字幕烧录到 {name}：{reason}</translation>
        </message>
        <message>
            <source>The catalogue cache {path}</source>
            <translation>目录缓存 {path}</translation>
        </message>
        <message>
            <source>The catalogue cache {path} is damaged; RunComfy's catalogue is read again instead.</source>
            <translation>目录缓存 {path} 已损坏，将改为重新读取 RunComfy 的目录。</translation>
        </message>
        <message>
            <source>The catalogue cache {path} was written by a newer Storyreel; RunComfy's catalogue is read again instead.</source>
            <translation>目录缓存 {path} 由更新版本的 Storyreel 写入，将改为重新读取 RunComfy 的目录。</translation>
        </message>
        <message>
            <source>The catalogue entry number {number} has no input schema with fields; it is left out.</source>
            <translation>第 {number} 个目录条目没有带字段的输入结构，已略过。</translation>
        </message>
        <message>
            <source>The catalogue entry {model} does not load: a part of its schema has the wrong kind ({reason}).</source>
            <translation>目录条目 {model} 无法加载：其结构中某部分的类型不对（{reason}）。</translation>
        </message>
        <message>
            <source>The catalogue entry {model} does not load: {reason}</source>
            <translation>目录条目 {model} 无法加载：{reason}</translation>
        </message>
        <message>
            <source>The catalogue entry {model} has no input fields.</source>
            <translation>目录条目 {model} 没有输入字段。</translation>
        </message>
        <message>
            <source>The catalogue entry {model} needs '{field}' ({what}), a kind of input this version of Storyreel cannot take yet; it is left out.</source>
            <translation>目录条目 {model} 需要 '{field}'（{what}），这一版本的 Storyreel 还不支持这种输入，已略过。</translation>
        </message>
        <message>
            <source>The catalogue entry {name} has no input schema with fields; it is left out.</source>
            <translation>目录条目 {name} 没有带字段的输入结构，已略过。</translation>
        </message>
        <message>
            <source>The download of {url} was stopped because its downloader was closed; the part already fetched is kept in {part} and will be continued next time.</source>
            <translation>{url} 的下载已停止，因为下载器已关闭；已获取的部分保存在 {part} 中，下次继续下载。</translation>
        </message>
        <message>
            <source>The dropped image</source>
            <translation>拖入的图像</translation>
        </message>
        <message>
            <source>The edit list {name} does not exist.</source>
            <translation>剪辑列表 {name} 不存在。</translation>
        </message>
        <message>
            <source>The engine is closed.</source>
            <translation>引擎已关闭。</translation>
        </message>
        <message>
            <source>The file {path}</source>
            <translation>文件 {path}</translation>
        </message>
        <message>
            <source>The file {path} cannot be read ({reason}).</source>
            <translation>无法读取文件 {path}（{reason}）。</translation>
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>文件 {path} 不存在。</translation>
        </message>
        <message>
            <source>The fixed copy of {name} still fails: {reasons}</source>
            <translation>{name} 修正后的副本仍不符合要求：{reasons}</translation>
        </message>
        <message>
            <source>The frame {name} cannot be read as an image: {reason}.</source>
            <translation>无法将画面 {name} 读取为图像：{reason}。</translation>
        </message>
        <message>
            <source>The image</source>
            <translation>图像</translation>
        </message>
        <message>
            <source>The job database has a damaged entry (the {column} of job {job} cannot be read). It was left as it is: it holds the request ids of the jobs you sent, so keep the file and ask for help before changing it.</source>
            <translation>任务数据库中有一条损坏的记录（任务 {job} 的 {column} 无法读取）。数据库保持原样未动：其中保存着你已发送任务的请求 ID，请保留该文件，并在修改前寻求帮助。</translation>
        </message>
        <message>
            <source>The job database {path} cannot be opened ({reason}). It is left as it is: it holds the request ids of the jobs you sent, so do not delete or move it. If another Storyreel was starting at the same moment, wait a few seconds and try again; otherwise check that its folder can be read and written.</source>
            <translation>无法打开任务数据库 {path}（{reason}）。数据库保持原样未动：其中保存着你已发送任务的请求 ID，请勿删除或移动。如果另一个 Storyreel 正在同时启动，请等待几秒后重试；否则请检查其所在文件夹是否可读写。</translation>
        </message>
        <message>
            <source>The job database {path} was written by a newer version of Storyreel (database version {version}, this version understands up to {latest}). Update Storyreel to open it; it has not been changed.</source>
            <translation>任务数据库 {path} 由更新版本的 Storyreel 写入（数据库版本 {version}，本版本最高支持 {latest}）。请更新 Storyreel 后再打开；该数据库未被更改。</translation>
        </message>
        <message>
            <source>The job has no request id to follow.</source>
            <translation>该任务没有可跟踪的请求 ID。</translation>
        </message>
        <message>
            <source>The live price of {model} could not be read, so nothing is sent. {reason}</source>
            <translation>无法读取 {model} 的实时价格，因此不会发送任何内容。{reason}</translation>
        </message>
        <message>
            <source>The model file {name}</source>
            <translation>模型文件 {name}</translation>
        </message>
        <message>
            <source>The model file {name} cannot be read: {reason}.</source>
            <translation>无法读取模型文件 {name}：{reason}。</translation>
        </message>
        <message>
            <source>The model file {name} is not a usable model file: a part of it has the wrong kind ({reason}). It is left out; the other models work as usual.</source>
            <translation>模型文件 {name} 不可用：其中某部分的类型不对（{reason}）。已将其略过，其他模型照常可用。</translation>
        </message>
        <message>
            <source>The model file {name} replaces Storyreel's own model {model}; remove the file to use Storyreel's own again.</source>
            <translation>模型文件 {name} 替换了 Storyreel 自带的模型 {model}；删除该文件即可恢复使用自带的模型。</translation>
        </message>
        <message>
            <source>The model file {name} replaces the catalogue's model {model}; remove the file to use the catalogue's again.</source>
            <translation>模型文件 {name} 替换了目录中的模型 {model}；删除该文件即可恢复使用目录中的模型。</translation>
        </message>
        <message>
            <source>The model id is wrong: '{model}' is not a RunComfy model id (such as bytedance/seedance-1-0/lite/image-to-video).</source>
            <translation>模型 ID 有误：'{model}' 不是 RunComfy 模型 ID（例如 bytedance/seedance-1-0/lite/image-to-video）。</translation>
        </message>
        <message>
            <source>The number of variations must be a whole number from {low} to {high}.</source>
            <translation>变体数量必须是 {low} 到 {high} 之间的整数。</translation>
        </message>
        <message>
            <source>The offline preview engine could not make this video: {reason}</source>
            <translation>离线预览引擎无法生成此视频：{reason}</translation>
        </message>
        <message>
            <source>The offline preview engine gave no reason.</source>
            <translation>离线预览引擎未给出原因。</translation>
        </message>
        <message>
            <source>The offline preview engine is not part of this Storyreel, so the preview cannot be made.</source>
            <translation>此 Storyreel 不包含离线预览引擎，因此无法生成预览。</translation>
        </message>
        <message>
            <source>The offline preview engine stopped when Storyreel closed, and this preview went with it. Nothing was charged; use Retry to render it again.</source>
            <translation>Storyreel 关闭时离线预览引擎已停止，此预览也随之丢失。未产生任何费用；请使用“重试”重新渲染。</translation>
        </message>
        <message>
            <source>The output address '{url}' is not a valid URL.</source>
            <translation>输出地址 '{url}' 不是有效的 URL。</translation>
        </message>
        <message>
            <source>The output address {url} answered with {kind} instead of a media file.</source>
            <translation>输出地址 {url} 返回的是 {kind}，而不是媒体文件。</translation>
        </message>
        <message>
            <source>The output address {url} carries a user name or an unusual port; Storyreel does not download it.</source>
            <translation>输出地址 {url} 含有用户名或不常见的端口；Storyreel 不会下载。</translation>
        </message>
        <message>
            <source>The output address {url} is not https; Storyreel downloads outputs only over https.</source>
            <translation>输出地址 {url} 不是 https；Storyreel 只通过 https 下载输出。</translation>
        </message>
        <message>
            <source>The output address {url} is not on runcomfy.net, so Storyreel does not download it: outputs are fetched only from RunComfy's own servers.</source>
            <translation>输出地址 {url} 不在 runcomfy.net 上，因此 Storyreel 不会下载：输出只从 RunComfy 自己的服务器获取。</translation>
        </message>
        <message>
            <source>The output file {url} could not be fetched: the server could not be reached or stopped answering ({reason}), after several tries.</source>
            <translation>无法获取输出文件 {url}：多次尝试后，服务器仍无法连接或停止了响应（{reason}）。</translation>
        </message>
        <message>
            <source>The output file {url} is empty.</source>
            <translation>输出文件 {url} 是空的。</translation>
        </message>
        <message>
            <source>The output file {url} is over Storyreel's limit of {limit:.1f} GB; the download was stopped.</source>
            <translation>输出文件 {url} 超过了 Storyreel 的 {limit:.1f} GB 上限；下载已停止。</translation>
        </message>
        <message>
            <source>The output file {url} is {size:.1f} GB, over Storyreel's limit of {limit:.1f} GB.</source>
            <translation>输出文件 {url} 为 {size:.1f} GB，超过了 Storyreel 的 {limit:.1f} GB 上限。</translation>
        </message>
        <message>
            <source>The output server answered HTTP {status} for {url} after several tries.</source>
            <translation>多次尝试后，输出服务器对 {url} 仍回复 HTTP {status}。</translation>
        </message>
        <message>
            <source>The output server answered HTTP {status} for {url}.</source>
            <translation>输出服务器对 {url} 回复了 HTTP {status}。</translation>
        </message>
        <message>
            <source>The output server answered HTTP {status} for {url}: RunComfy no longer keeps this file.</source>
            <translation>输出服务器对 {url} 回复了 HTTP {status}：RunComfy 已不再保留此文件。</translation>
        </message>
        <message>
            <source>The output server kept breaking off the download of {url} ({reason}; {tries} tries). The part already fetched is kept and is continued next time.</source>
            <translation>输出服务器一再中断 {url} 的下载（{reason}；{tries} 次尝试）。已获取的部分会保留，下次继续下载。</translation>
        </message>
        <message>
            <source>The output server redirected {url} to another address; Storyreel does not follow redirects for downloads.</source>
            <translation>输出服务器将 {url} 重定向到了另一个地址；Storyreel 下载时不跟随重定向。</translation>
        </message>
        <message>
            <source>The outputs cannot be downloaded: {reason}</source>
            <translation>无法下载输出：{reason}</translation>
        </message>
        <message>
            <source>The pasted image could not be saved as PNG.</source>
            <translation>粘贴的图像无法保存为 PNG。</translation>
        </message>
        <message>
            <source>The preview is kept only while Storyreel stays open: choose Retry download in the queue once the folder can be written to.</source>
            <translation>预览只在 Storyreel 保持打开时保留：文件夹可写入后，请在队列中选择“重试下载”。</translation>
        </message>
        <message>
            <source>The price of {model} changed from ${shown:g} per {shown_unit} to ${live:g} per {live_unit} since it was shown; nothing was sent. Check the new price and send the job again.</source>
            <translation>{model} 的价格自显示以来已从每{shown_unit} ${shown:g} 变为每{live_unit} ${live:g}；没有发送任何内容。请查看新价格后重新发送任务。</translation>
        </message>
        <message>
            <source>The request would be {size} with its files inline; RunComfy takes at most {limit}. Use fewer or smaller files, or URLs to them.</source>
            <translation>文件内嵌后请求大小将为 {size}；RunComfy 最多接受 {limit}。请使用更少或更小的文件，或改用文件的 URL。</translation>
        </message>
        <message>
            <source>The sequence could not be encoded: {reason}.</source>
            <translation>无法编码序列：{reason}。</translation>
        </message>
        <message>
            <source>The settings file {path}</source>
            <translation>设置文件 {path}</translation>
        </message>
        <message>
            <source>The settings file {path} does not hold settings.</source>
            <translation>设置文件 {path} 中没有设置。</translation>
        </message>
        <message>
            <source>The simulator cannot listen on {host}: {reason}.</source>
            <translation>模拟器无法在 {host} 上监听：{reason}。</translation>
        </message>
        <message>
            <source>The storyboard file</source>
            <translation>分镜文件</translation>
        </message>
        <message>
            <source>The storyboard file {path}</source>
            <translation>分镜文件 {path}</translation>
        </message>
        <message>
            <source>The storyboard file {path} does not exist.</source>
            <translation>分镜文件 {path} 不存在。</translation>
        </message>
        <message>
            <source>The video could not be saved here: Storyreel may not write to {folder}. Check the folder's permissions or choose another library folder in Settings.</source>
            <translation>无法在此保存视频：Storyreel 无权写入 {folder}。请检查文件夹权限，或在设置中选择其他媒体库文件夹。</translation>
        </message>
        <message>
            <source>The video could not be saved here: the disk that holds {folder} is full. Free some space there.</source>
            <translation>无法在此保存视频：{folder} 所在的磁盘已满。请释放一些空间。</translation>
        </message>
        <message>
            <source>The video could not be saved here: the folder {folder} is missing (a disconnected drive?). Reconnect it or choose another library folder in Settings.</source>
            <translation>无法在此保存视频：文件夹 {folder} 不存在（驱动器已断开？）。请重新连接，或在设置中选择其他媒体库文件夹。</translation>
        </message>
        <message>
            <source>The video could not be saved here: {folder} (or a folder above it) is a file, not a folder. Move that file away or choose another library folder in Settings.</source>
            <translation>无法在此保存视频：{folder}（或其上级文件夹）是文件而不是文件夹。请移走该文件，或在设置中选择其他媒体库文件夹。</translation>
        </message>
        <message>
            <source>The video could not be saved here: {reason}. Check that {folder} can be written to and that the disk has room.</source>
            <translation>无法在此保存视频：{reason}。请检查 {folder} 是否可写入，以及磁盘是否还有空间。</translation>
        </message>
        <message>
            <source>The video file {path} does not exist.</source>
            <translation>视频文件 {path} 不存在。</translation>
        </message>
        <message>
            <source>The video is made and RunComfy keeps it for a while: choose Retry download in the queue or run `storyreel resume` to fetch it (Storyreel also tries again when it next starts).</source>
            <translation>视频已生成，RunComfy 会保留一段时间：在队列中选择“重试下载”，或运行 `storyreel resume` 来获取（Storyreel 下次启动时也会重试）。</translation>
        </message>
        <message>
            <source>The video was made but can no longer be downloaded: {reason}</source>
            <translation>视频已生成，但已无法下载：{reason}</translation>
        </message>
        <message>
            <source>The video was made but could not be downloaded: {reason}</source>
            <translation>视频已生成，但无法下载：{reason}</translation>
        </message>
        <message>
            <source>There is no job {job} in the queue.</source>
            <translation>队列中没有任务 {job}。</translation>
        </message>
        <message>
            <source>There is no job {job} to remove.</source>
            <translation>没有可移除的任务 {job}。</translation>
        </message>
        <message>
            <source>There is no job {job} to retry.</source>
            <translation>没有可重试的任务 {job}。</translation>
        </message>
        <message>
            <source>There is no job {job}.</source>
            <translation>不存在任务 {job}。</translation>
        </message>
        <message>
            <source>There is nothing to export: the sequence has no shots.</source>
            <translation>没有可导出的内容：序列中没有镜头。</translation>
        </message>
        <message>
            <source>This job is still {state}, so it cannot be removed from the list: cancel it or wait until it has finished.</source>
            <translation>此任务仍处于“{state}”状态，因此无法从列表中移除：请将其取消，或等待其完成。</translation>
        </message>
        <message>
            <source>This job is still {state}: wait for it or cancel it before sending it again.</source>
            <translation>此任务仍处于“{state}”状态：请等待其完成或将其取消，然后再重新发送。</translation>
        </message>
        <message>
            <source>This job is {state}: only a download that is waiting can be tried again.</source>
            <translation>此任务的状态为“{state}”：只有等待中的下载才能重试。</translation>
        </message>
        <message>
            <source>This job would cost {amount}, and {spent} is already spent or on its way today, which would pass your daily spending cap of {cap}. Nothing was sent. Raise the cap in Settings to send it, or leave it.</source>
            <translation>此任务将花费 {amount}，而今天已花费或即将花费 {spent}，这将超出你的每日支出上限 {cap}。没有发送任何内容。请在设置中提高上限后发送，或放弃此任务。</translation>
        </message>
        <message>
            <source>This shot is no longer on the board.</source>
            <translation>此镜头已不在分镜中。</translation>
        </message>
        <message>
            <source>This value is nested too deeply to be checked.</source>
            <translation>此值嵌套过深，无法检查。</translation>
        </message>
        <message>
            <source>This video is made and only waits for its download: use Retry download, which fetches it without sending the job again.</source>
            <translation>此视频已生成，只等待下载：请使用“重试下载”，它会获取视频而不会再次发送任务。</translation>
        </message>
        <message>
            <source>Too long: {count} characters, at most {high} allowed.</source>
            <translation>太长：{count} 个字符，最多允许 {high} 个。</translation>
        </message>
        <message>
            <source>Too short: at least 1 character needed.</source>
            <translation>太短：至少需要 1 个字符。</translation>
        </message>
        <message>
            <source>Too short: at least {low} characters needed.</source>
            <translation>太短：至少需要 {low} 个字符。</translation>
        </message>
        <message>
            <source>Unknown model '{model}'.</source>
            <translation>未知模型 '{model}'。</translation>
        </message>
        <message>
            <source>Unknown model '{model}'. Did you mean {close}?</source>
            <translation>未知模型 '{model}'。你是指 {close} 吗？</translation>
        </message>
        <message>
            <source>Waiting for the API key of {base}: set it in Settings or with `storyreel login --api-base {base}`. This job was sent there, and Storyreel sends a key only to the address it was given for.</source>
            <translation>正在等待 {base} 的 API 密钥：请在设置中或使用 `storyreel login --api-base {base}` 设置。此任务已发送到该地址，而 Storyreel 只会把密钥发送到为其指定的地址。</translation>
        </message>
        <message>
            <source>a group of named settings</source>
            <translation>一组具名设置</translation>
        </message>
        <message>
            <source>a group of named values</source>
            <translation>一组具名值</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>a list of frames</source>
            <translation>画面列表</translation>
        </message>
        <message>
            <source>a list of prompts</source>
            <translation>提示词列表</translation>
        </message>
        <message>
            <source>a list of shots</source>
            <translation>镜头列表</translation>
        </message>
        <message>
            <source>a model id (text)</source>
            <translation>模型 ID（文本）</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>an amount Storyreel cannot total</source>
            <translation>Storyreel 无法计算的金额</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>is not a number that can be sent.</source>
            <translation>不是可以发送的数字。</translation>
        </message>
        <message>
            <source>is not a number.</source>
            <translation>不是数字。</translation>
        </message>
        <message>
            <source>it cannot be created ({reason})</source>
            <translation>无法创建（{reason}）</translation>
        </message>
        <message>
            <source>it finished without a video</source>
            <translation>已结束但没有视频</translation>
        </message>
        <message>
            <source>it is a file, not a folder</source>
            <translation>它是文件，不是文件夹</translation>
        </message>
        <message>
            <source>it starts like a WebP image but is damaged</source>
            <translation>开头像 WebP 图片，但已损坏</translation>
        </message>
        <message>
            <source>it starts like a {format} image but is damaged or cut short</source>
            <translation>开头像 {format} 图片，但已损坏或被截断</translation>
        </message>
        <message>
            <source>its contents are not in any image format Storyreel knows</source>
            <translation>其内容不属于 Storyreel 已知的任何图片格式</translation>
        </message>
        <message>
            <source>its frames are damaged</source>
            <translation>其中的帧已损坏</translation>
        </message>
        <message>
            <source>its header claims a size too large to read safely</source>
            <translation>其文件头声明的尺寸过大，无法安全读取</translation>
        </message>
        <message>
            <source>its header gives it no width or height</source>
            <translation>其文件头未给出宽度或高度</translation>
        </message>
        <message>
            <source>no reason was given</source>
            <translation>未给出原因</translation>
        </message>
        <message>
            <source>null</source>
            <translation>null（空值）</translation>
        </message>
        <message>
            <source>output</source>
            <translation>次输出</translation>
        </message>
        <message>
            <source>point STORYREEL_HOME (now '{home}') at a folder Storyreel can write in</source>
            <translation>将 STORYREEL_HOME（当前为 '{home}'）指向 Storyreel 可以写入的文件夹</translation>
        </message>
        <message>
            <source>second</source>
            <translation>秒</translation>
        </message>
        <message>
            <source>set STORYREEL_HOME to a folder Storyreel can write in</source>
            <translation>将 STORYREEL_HOME 设为 Storyreel 可以写入的文件夹</translation>
        </message>
        <message>
            <source>shot {number}: ${price:g} per {unit}</source>
            <translation>镜头 {number}：每{unit} ${price:g}</translation>
        </message>
        <message>
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>the data is empty</source>
            <translation>数据为空</translation>
        </message>
        <message>
            <source>the file ends before its image data does</source>
            <translation>文件在图像数据结束之前就结束了</translation>
        </message>
        <message>
            <source>the file is a HEIC/HEIF photo; export it as JPEG or PNG first</source>
            <translation>该文件是 HEIC/HEIF 照片；请先导出为 JPEG 或 PNG</translation>
        </message>
        <message>
            <source>the file is a PDF document</source>
            <translation>该文件是 PDF 文档</translation>
        </message>
        <message>
            <source>the file is a WAV sound recording</source>
            <translation>该文件是 WAV 录音</translation>
        </message>
        <message>
            <source>the file is a WebM or MKV video</source>
            <translation>该文件是 WebM 或 MKV 视频</translation>
        </message>
        <message>
            <source>the file is a ZIP archive or an office document</source>
            <translation>该文件是 ZIP 压缩包或办公文档</translation>
        </message>
        <message>
            <source>the file is a gzip archive</source>
            <translation>该文件是 gzip 压缩包</translation>
        </message>
        <message>
            <source>the file is a web page (HTML)</source>
            <translation>该文件是网页（HTML）</translation>
        </message>
        <message>
            <source>the file is an AVI video</source>
            <translation>该文件是 AVI 视频</translation>
        </message>
        <message>
            <source>the file is an AVIF image this installation cannot decode</source>
            <translation>该文件是 AVIF 图片，当前安装无法解码</translation>
        </message>
        <message>
            <source>the file is an MP3 sound recording</source>
            <translation>该文件是 MP3 录音</translation>
        </message>
        <message>
            <source>the file is an MP4 or MOV video</source>
            <translation>该文件是 MP4 或 MOV 视频</translation>
        </message>
        <message>
            <source>the file is an SVG drawing; export it as PNG first</source>
            <translation>该文件是 SVG 矢量图；请先导出为 PNG</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <source>the file is text</source>
            <translation>该文件是文本</translation>
        </message>
        <message>
            <source>the image file {path} is missing.</source>
            <translation>图像文件 {path} 不存在。</translation>
        </message>
        <message>
            <source>the server continued from the wrong place</source>
            <translation>服务器从错误的位置继续传输</translation>
        </message>
        <message>
            <source>the server could not continue the earlier download</source>
            <translation>服务器无法继续之前的下载</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>真或假</translation>
        </message>
        <message>
            <source>{cannot}: {problem}. Storyreel changed nothing there. Make that path a folder Storyreel can write in, or {elsewhere}.</source>
            <translation>{cannot}：{problem}。Storyreel 未在那里做任何更改。请将该路径设为 Storyreel 可以写入的文件夹，或{elsewhere}。</translation>
        </message>
        <message>
            <source>{count} already under way</source>
            <translation>{count} 个已在进行中</translation>
        </message>
        <message>
            <source>{count} bytes</source>
            <translation>{count} 字节</translation>
        </message>
        <message>
            <source>{count} characters: prompts under {limit} characters give better results.</source>
            <translation>{count} 个字符：少于 {limit} 个字符的提示词效果更好。</translation>
        </message>
        <message>
            <source>{count} entries given; at least {low} needed.</source>
            <translation>已提供 {count} 个条目；至少需要 {low} 个。</translation>
        </message>
        <message>
            <source>{count} entries given; at most {high} allowed.</source>
            <translation>已提供 {count} 个条目；最多允许 {high} 个。</translation>
        </message>
        <message>
            <source>{count} held back (submission uncertain)</source>
            <translation>{count} 个暂缓（提交情况不明）</translation>
        </message>
        <message>
            <source>{count} kept as rendered</source>
            <translation>{count} 个保持已渲染</translation>
        </message>
        <message>
            <source>{count} shot to render</source>
            <translation>{count} 个镜头待渲染</translation>
        </message>
        <message>
            <source>{count} shots to render</source>
            <translation>{count} 个镜头待渲染</translation>
        </message>
        <message>
            <source>{count} variations cannot be asked for at once: choose from {low} to {high}.</source>
            <translation>不能一次请求 {count} 个变体：请选择 {low} 到 {high} 个。</translation>
        </message>
        <message>
            <source>{error} The file was left as it is.</source>
            <translation>{error}文件保持原样，未作改动。</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first}或{second}</translation>
        </message>
        <message>
            <source>{frame}: {problem}</source>
            <translation>{frame}：{problem}</translation>
        </message>
        <message>
            <source>{list}, {item}</source>
            <translation>{list}，{item}</translation>
        </message>
        <message>
            <source>{list}.</source>
            <translation>{list}。</translation>
        </message>
        <message>
            <source>{list}; {item}</source>
            <translation>{list}；{item}</translation>
        </message>
        <message>
            <source>{message} The job was sent, so RunComfy may or may not have queued it.</source>
            <translation>{message}任务已发送，因此无法确定 RunComfy 是否已将其加入队列。</translation>
        </message>
        <message>
            <source>{minutes:.0f} min</source>
            <translation>{minutes:.0f} 分钟</translation>
        </message>
        <message>
            <source>{model} cannot start from a frame: it takes no first frame or reference images.</source>
            <translation>{model} 无法从画面开始：它不接受首帧或参考图。</translation>
        </message>
        <message>
            <source>{model} cannot take a last frame, and no model in the catalogue can: choose one clip per frame instead.</source>
            <translation>{model} 不支持尾帧，目录中也没有支持尾帧的模型：请改为每个画面一个片段。</translation>
        </message>
        <message>
            <source>{model} cannot take a last frame; {other} can.</source>
            <translation>{model} 不支持尾帧；{other} 支持。</translation>
        </message>
        <message>
            <source>{model} has no seed setting, so there is no seed to sweep around. Ask for variations instead: the model varies by itself from run to run.</source>
            <translation>{model} 没有种子设置，因此无法围绕种子扫描。请改为请求变体：该模型每次运行的结果本身就会不同。</translation>
        </message>
        <message>
            <source>{name} cannot be decoded: it may be cut short (an unfinished download or copy) or damaged ({reason}).</source>
            <translation>无法解码 {name}：它可能被截断（下载或复制未完成）或已损坏（{reason}）。</translation>
        </message>
        <message>
            <source>{name} cannot be decoded: {reason}.</source>
            <translation>无法解码 {name}：{reason}。</translation>
        </message>
        <message>
            <source>{name} cannot be read ({reason}).</source>
            <translation>无法读取 {name}（{reason}）。</translation>
        </message>
        <message>
            <source>{name} cannot be read as a video: it may be cut short (an unfinished download or copy), damaged, or another kind of file ({reason}).</source>
            <translation>无法将 {name} 读取为视频：它可能被截断（下载或复制未完成）、已损坏，或是其他类型的文件（{reason}）。</translation>
        </message>
        <message>
            <source>{name} cannot be read as an audio clip: it may be cut short (an unfinished download or copy), damaged, or another kind of file ({reason}).</source>
            <translation>无法将 {name} 读取为音频片段：它可能被截断（下载或复制未完成）、已损坏，或是其他类型的文件（{reason}）。</translation>
        </message>
        <message>
            <source>{name} cannot be read as an edit list ({reason}).</source>
            <translation>无法将 {name} 读取为剪辑列表（{reason}）。</translation>
        </message>
        <message>
            <source>{name} cannot be read to burn captions in: {reason}</source>
            <translation>无法读取 {name} 以烧录字幕：{reason}</translation>
        </message>
        <message>
            <source>{name} cannot be read to its end: {reason}.</source>
            <translation>{name} 无法读取到结尾：{reason}。</translation>
        </message>
        <message>
            <source>{name} cannot be read to trim it: {reason}</source>
            <translation>无法读取 {name} 以进行修剪：{reason}</translation>
        </message>
        <message>
            <source>{name} cannot be read: permission denied.</source>
            <translation>无法读取 {name}：权限被拒绝。</translation>
        </message>
        <message>
            <source>{name} cannot be saved under {megabytes:g} MB without breaking the minimum size rules.</source>
            <translation>{name} 无法在不违反最小尺寸规则的情况下保存为小于 {megabytes:g} MB 的文件。</translation>
        </message>
        <message>
            <source>{name} could not be converted ({reason}).</source>
            <translation>无法转换 {name}（{reason}）。</translation>
        </message>
        <message>
            <source>{name} could not be found: there is no file at {path}.</source>
            <translation>找不到 {name}：{path} 处没有文件。</translation>
        </message>
        <message>
            <source>{name} could not be made smaller than {size}; trim it or give a URL to the file instead.</source>
            <translation>无法将 {name} 缩小到 {size} 以下；请剪短它，或改为提供该文件的 URL。</translation>
        </message>
        <message>
            <source>{name} could not be written in {folder}: {reason}. Free some space or choose another folder, then export again.</source>
            <translation>无法在 {folder} 中写入 {name}：{reason}。请释放一些空间或选择其他文件夹，然后重新导出。</translation>
        </message>
        <message>
            <source>{name} ends before its data does: it was cut short.</source>
            <translation>{name} 在数据结束前就终止了：文件被截断。</translation>
        </message>
        <message>
            <source>{name} has no frames between {start:g} s and {end} s.</source>
            <translation>{name} 在 {start:g} 秒到 {end} 秒之间没有帧。</translation>
        </message>
        <message>
            <source>{name} has no frames to take the last one from.</source>
            <translation>{name} 没有帧，无法取得最后一帧。</translation>
        </message>
        <message>
            <source>{name} has no frames.</source>
            <translation>{name} 没有帧。</translation>
        </message>
        <message>
            <source>{name} has no picture (no video track).</source>
            <translation>{name} 没有画面（没有视频轨道）。</translation>
        </message>
        <message>
            <source>{name} has no sound (no audio track).</source>
            <translation>{name} 没有声音（没有音频轨道）。</translation>
        </message>
        <message>
            <source>{name} has no video clips.</source>
            <translation>{name} 中没有视频片段。</translation>
        </message>
        <message>
            <source>{name} has no video frames.</source>
            <translation>{name} 不含任何视频帧。</translation>
        </message>
        <message>
            <source>{name} has no video track.</source>
            <translation>{name} 没有视频轨道。</translation>
        </message>
        <message>
            <source>{name} holds no audio clip frames: it is empty or cut short.</source>
            <translation>{name} 不含音频帧：文件为空或被截断。</translation>
        </message>
        <message>
            <source>{name} holds no video frames: it is empty or cut short.</source>
            <translation>{name} 不含视频帧：文件为空或被截断。</translation>
        </message>
        <message>
            <source>{name} is a folder, not a video file.</source>
            <translation>{name} 是文件夹，不是视频文件。</translation>
        </message>
        <message>
            <source>{name} is a folder, not an audio file.</source>
            <translation>{name} 是文件夹，不是音频文件。</translation>
        </message>
        <message>
            <source>{name} is a folder, not an image file.</source>
            <translation>{name} 是文件夹，不是图片文件。</translation>
        </message>
        <message>
            <source>{name} is empty (0 bytes).</source>
            <translation>{name} 为空（0 字节）。</translation>
        </message>
        <message>
            <source>{name} is incomplete: {reason}. It cannot be repaired: save or export it again from the original, or download it again.</source>
            <translation>{name} 不完整：{reason}。它无法修复：请从原文件重新保存或导出，或重新下载。</translation>
        </message>
        <message>
            <source>{name} is not a known setting.</source>
            <translation>{name} 不是已知的设置。</translation>
        </message>
        <message>
            <source>{name} is not a readable video: {reason}.</source>
            <translation>{name} 不是可读取的视频：{reason}。</translation>
        </message>
        <message>
            <source>{name} is not a regular file, so it cannot be an image.</source>
            <translation>{name} 不是普通文件，因此不可能是图片。</translation>
        </message>
        <message>
            <source>{name} is not an edit list Storyreel can read back: open an .otio or an .xml (Final Cut Pro 7 XML) file.</source>
            <translation>{name} 不是 Storyreel 能读回的剪辑列表：请打开 .otio 或 .xml（Final Cut Pro 7 XML）文件。</translation>
        </message>
        <message>
            <source>{name} is not an image Storyreel can read ({reason}).</source>
            <translation>{name} 不是 Storyreel 能读取的图片（{reason}）。</translation>
        </message>
        <message>
            <source>{name} is required.</source>
            <translation>{name} 为必填项。</translation>
        </message>
        <message>
            <source>{name} stops after {read} of the {declared} its header announces: it was cut short.</source>
            <translation>{name} 在 {read} 处就停止了，而其文件头声明为 {declared}：文件被截断。</translation>
        </message>
        <message>
            <source>{name} uses a colour mode ({mode}) Storyreel cannot convert to RGB.</source>
            <translation>{name} 使用的颜色模式（{mode}）无法由 Storyreel 转换为 RGB。</translation>
        </message>
        <message>
            <source>{name}: '{text}' is not a whole number.</source>
            <translation>{name}：'{text}' 不是整数。</translation>
        </message>
        <message>
            <source>{name}: '{text}' is not true or false.</source>
            <translation>{name}：'{text}' 既不是 true 也不是 false。</translation>
        </message>
        <message>
            <source>{name}: '{text}' is not valid JSON.</source>
            <translation>{name}：'{text}' 不是有效的 JSON。</translation>
        </message>
        <message>
            <source>{name}: '{text}' {reason}</source>
            <translation>{name}：'{text}' {reason}</translation>
        </message>
        <message>
            <source>{name}: the value is not valid JSON.</source>
            <translation>{name}：该值不是有效的 JSON。</translation>
        </message>
        <message>
            <source>{name}: {warning}</source>
            <translation>{name}：{warning}</translation>
        </message>
        <message>
            <source>{path} cannot be reached ({reason})</source>
            <translation>无法访问 {path}（{reason}）</translation>
        </message>
        <message>
            <source>{path} is a file, not a folder</source>
            <translation>{path} 是文件，不是文件夹</translation>
        </message>
        <message>
            <source>{reason} It is also in your generation history on RunComfy.</source>
            <translation>{reason}它也在你 RunComfy 上的生成历史记录中。</translation>
        </message>
        <message>
            <source>{reason} It is left out; the other models work as usual.</source>
            <translation>{reason}已将其略过，其他模型照常可用。</translation>
        </message>
        <message>
            <source>{reason} Render the preview again: it costs nothing.</source>
            <translation>{reason}请重新渲染预览：不产生任何费用。</translation>
        </message>
        <message>
            <source>{reason} RunComfy keeps requests for a limited time; check your generation history on RunComfy.</source>
            <translation>{reason}RunComfy 只在有限时间内保留请求；请查看你在 RunComfy 上的生成历史记录。</translation>
        </message>
        <message>
            <source>{reason} RunComfy's catalogue is read again instead.</source>
            <translation>{reason}将改为重新读取 RunComfy 的目录。</translation>
        </message>
        <message>
            <source>{reason} Storyreel uses its default settings for now.</source>
            <translation>{reason}Storyreel 暂时使用默认设置。</translation>
        </message>
        <message>
            <source>{reason} Storyreel uses its default settings for now. A copy of it is kept as {path}.</source>
            <translation>{reason}Storyreel 暂时使用默认设置。其副本保存为 {path}。</translation>
        </message>
        <message>
            <source>{reason} The schema Storyreel ships for it is used.</source>
            <translation>{reason}改用 Storyreel 自带的结构。</translation>
        </message>
        <message>
            <source>{reason} {advice}</source>
            <translation>{reason}{advice}</translation>
        </message>
        <message>
            <source>{reason} {help}</source>
            <translation>{reason}{help}</translation>
        </message>
        <message>
            <source>{seconds:.0f} s</source>
            <translation>{seconds:.0f} 秒</translation>
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
            <translation>{source} 是为更新版本的 Storyreel 编写的（格式 {version}）。</translation>
        </message>
        <message>
            <source>{source}: 'input_schema' has no 'properties'.</source>
            <translation>{source}：'input_schema' 没有 'properties'。</translation>
        </message>
        <message>
            <source>{source}: 'model_id' is missing.</source>
            <translation>{source}：缺少 'model_id'。</translation>
        </message>
        <message>
            <source>{source}: expected a JSON object.</source>
            <translation>{source}：应为 JSON 对象。</translation>
        </message>
        <message>
            <source>{summary} Nothing was sent.</source>
            <translation>{summary}没有发送任何内容。</translation>
        </message>
        <message>
            <source>{text} ${known:.2f} for the per-second shots; shot {numbers} is priced per output ({units}).</source>
            <translation>{text}按秒计费的镜头共 ${known:.2f}；镜头 {numbers} 按次输出计费（{units}）。</translation>
        </message>
        <message>
            <source>{text} ${known:.2f} for the per-second shots; shots {numbers} are priced per output ({units}).</source>
            <translation>{text}按秒计费的镜头共 ${known:.2f}；镜头 {numbers} 按次输出计费（{units}）。</translation>
        </message>
        <message>
            <source>{text} Estimated total ${total:.2f}.</source>
            <translation>{text}预计总计 ${total:.2f}。</translation>
        </message>
        <message>
            <source>{text} Free local preview: a motion sketch of your frames, not AI generation.</source>
            <translation>{text}免费本地预览：用你的画面制作的运动草稿，而非 AI 生成。</translation>
        </message>
        <message>
            <source>{text} Price unavailable: the live price of shot {numbers} could not be read ({reason}).</source>
            <translation>{text}价格不可用：无法读取镜头 {numbers} 的实时价格（{reason}）。</translation>
        </message>
        <message>
            <source>{text} Price unavailable: the live price of shots {numbers} could not be read ({reason}).</source>
            <translation>{text}价格不可用：无法读取镜头 {numbers} 的实时价格（{reason}）。</translation>
        </message>
        <message>
            <source>{title} has no effect at {condition}.</source>
            <translation>{title} 在 {condition} 时不起作用。</translation>
        </message>
        <message>
            <source>{title}: the file {path} cannot be read ({reason}).</source>
            <translation>{title}：无法读取文件 {path}（{reason}）。</translation>
        </message>
        <message>
            <source>{title}: the file {path} does not exist.</source>
            <translation>{title}：文件 {path} 不存在。</translation>
        </message>
        <message>
            <source>{title}: the image cannot be made smaller than {limit} without going under the model's minimum of {side} px per side (it is {width}×{height} px).</source>
            <translation>{title}：无法在不低于模型每边最少 {side} px 的前提下将图像缩小到 {limit} 以下（当前为 {width}×{height} px）。</translation>
        </message>
        <message>
            <source>{title}: the image does not fit in {limit} as PNG, and this model takes no other format.</source>
            <translation>{title}：该图像保存为 PNG 时无法控制在 {limit} 以内，而此模型不接受其他格式。</translation>
        </message>
        <message>
            <source>{title}: {message}</source>
            <translation>{title}：{message}</translation>
        </message>
        <message>
            <source>{title}: {name} cannot be made small enough to send from a file without cutting it (RunComfy takes at most {limit} MiB). Shorten it, or give a URL to the file instead.</source>
            <translation>{title}：{name} 无法在不剪短的情况下缩小到可以从文件发送的大小（RunComfy 最多接受 {limit} MiB）。请将其缩短，或改为提供文件的 URL。</translation>
        </message>
        <message>
            <source>{title}: {name} changed while it was being read, or does not pass its rules once prepared; check it again.</source>
            <translation>{title}：{name} 在读取时发生了变化，或准备后不符合其规则；请重新检查。</translation>
        </message>
        <message>
            <source>{title}: {path} is not an image Storyreel can read ({reason}).</source>
            <translation>{title}：{path} 不是 Storyreel 可读取的图像（{reason}）。</translation>
        </message>
        <message>
            <source>{title}: {reason} Use the original file.</source>
            <translation>{title}：{reason}请使用原始文件。</translation>
        </message>
        <message>
            <source>{url} answered with an empty body instead of an image.</source>
            <translation>{url} 返回了空内容，而不是图片。</translation>
        </message>
        <message>
            <source>{url} answered {status} instead of sending the image.</source>
            <translation>{url} 返回了 {status}，而没有发送图片。</translation>
        </message>
        <message>
            <source>{url} answered {status} without saying where to.</source>
            <translation>{url} 返回了 {status}，但未说明跳转到哪里。</translation>
        </message>
        <message>
            <source>{url} answered {status}.</source>
            <translation>{url} 返回了 {status}。</translation>
        </message>
        <message>
            <source>{url} cannot be fetched: {reason}.</source>
            <translation>无法获取 {url}：{reason}。</translation>
        </message>
        <message>
            <source>{url} did not answer within {seconds}.</source>
            <translation>{url} 在 {seconds} 内没有响应。</translation>
        </message>
        <message>
            <source>{url} is larger than {limit}, the most Storyreel fetches for checking.</source>
            <translation>{url} 大于 {limit}，这是 Storyreel 为检查而获取的上限。</translation>
        </message>
        <message>
            <source>{url} redirected more than {count} times; giving up.</source>
            <translation>{url} 重定向超过 {count} 次，已放弃。</translation>
        </message>
        <message>
            <source>{url} redirected to {target}, which is not fetched: {reason}</source>
            <translation>{url} 重定向到 {target}，不会获取该地址：{reason}</translation>
        </message>
        <message>
            <source>{url} stopped sending data for {seconds}.</source>
            <translation>{url} 已有 {seconds} 未发送数据。</translation>
        </message>
        <message>
            <source>{value} is not one of {values}.</source>
            <translation>{value} 不在 {values} 之中。</translation>
        </message>
        <message>
            <source>{value} is not one of: {listed}.</source>
            <translation>{value} 不在以下值之中：{listed}。</translation>
        </message>
        <message>
            <source>{value} must be a multiple of {limit}.</source>
            <translation>{value} 必须是 {limit} 的倍数。</translation>
        </message>
        <message>
            <source>{value} must be at least {limit}.</source>
            <translation>{value} 必须至少为 {limit}。</translation>
        </message>
        <message>
            <source>{value} must be at most {limit}.</source>
            <translation>{value} 最多为 {limit}。</translation>
        </message>
        <message>
            <source>{value} must be less than {limit}.</source>
            <translation>{value} 必须小于 {limit}。</translation>
        </message>
        <message>
            <source>{value} must be more than {limit}.</source>
            <translation>{value} 必须大于 {limit}。</translation>
        </message>
        <message>
            <source>{what} cannot be opened: its "{key}" should be {wanted}, but it is {actual}. The file was left as it is; correct it in a text editor or open another storyboard.</source>
            <translation>无法打开 {what}："{key}" 应为{wanted}，实际却是{actual}。文件未作改动；请在文本编辑器中修正，或打开其他分镜。</translation>
        </message>
        <message>
            <source>{what} cannot be read: it is a folder, not a file.</source>
            <translation>{what} 无法读取：它是文件夹，不是文件。</translation>
        </message>
        <message>
            <source>{what} cannot be read: it is not a text file (not UTF-8).</source>
            <translation>{what} 无法读取：它不是文本文件（不是 UTF-8）。</translation>
        </message>
        <message>
            <source>{what} cannot be read: it is not valid JSON ({problem} at line {line}).</source>
            <translation>{what} 无法读取：它不是有效的 JSON（第 {line} 行：{problem}）。</translation>
        </message>
        <message>
            <source>{what} cannot be read: its data is nested more than {depth} levels deep, which no file Storyreel writes is.</source>
            <translation>{what} 无法读取：其数据嵌套超过 {depth} 层，Storyreel 写入的文件不会这样。</translation>
        </message>
        <message>
            <source>{what} cannot be read: {reason}.</source>
            <translation>{what} 无法读取：{reason}。</translation>
        </message>
        <message>
            <source>{what} failed; it was not sent</source>
            <translation>{what}失败；未发送</translation>
        </message>
        <message>
            <source>{what} has an unreadable storyboard version ({version}); expected a whole number from 0 to {latest}.</source>
            <translation>{what} 的分镜版本无法识别（{version}）；应为 0 到 {latest} 之间的整数。</translation>
        </message>
        <message>
            <source>{what} is not a Storyreel storyboard: it has no "format": "{name}" entry.</source>
            <translation>{what} 不是 Storyreel 分镜：缺少 "format": "{name}" 条目。</translation>
        </message>
        <message>
            <source>{what} was saved by a newer Storyreel (storyboard format version {version}); this Storyreel opens versions up to {latest}. Update Storyreel to open it.</source>
            <translation>{what} 由更新版本的 Storyreel 保存（分镜格式版本 {version}）；此 Storyreel 最高只能打开版本 {latest}。请更新 Storyreel 后再打开。</translation>
        </message>
        <message>
            <source>{what}: RunComfy answered with JSON that is not an object.</source>
            <translation>{what}：RunComfy 回复的 JSON 不是对象。</translation>
        </message>
        <message>
            <source>{what}: RunComfy answered with a server error (HTTP {status}), so it may or may not have queued the job.</source>
            <translation>{what}：RunComfy 回复了服务器错误（HTTP {status}），因此无法确定任务是否已进入队列。</translation>
        </message>
        <message>
            <source>{what}: RunComfy answered with something that is not JSON.</source>
            <translation>{what}：RunComfy 的回复不是 JSON。</translation>
        </message>
        <message>
            <source>{what}: RunComfy had a server error (HTTP {status}) and Storyreel's retries did not get past it.{said}</source>
            <translation>{what}：RunComfy 出现服务器错误（HTTP {status}），Storyreel 的重试也未能成功。{said}</translation>
        </message>
        <message>
            <source>{what}: RunComfy is receiving too many requests from this account.{after} Storyreel waited and tried again; try again in a minute.{said}</source>
            <translation>{what}：RunComfy 收到来自此账户的请求过多。{after}Storyreel 已等待并重试；请一分钟后再试。{said}</translation>
        </message>
        <message>
            <source>{what}: RunComfy refused the request (HTTP {status}) without a reason.</source>
            <translation>{what}：RunComfy 拒绝了请求（HTTP {status}），未说明原因。</translation>
        </message>
        <message>
            <source>{what}: RunComfy refused the request (HTTP {status}).{said}</source>
            <translation>{what}：RunComfy 拒绝了请求（HTTP {status}）。{said}</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer (HTTP {status}) was not what its API promises.{said}</source>
            <translation>{what}：RunComfy 的响应（HTTP {status}）与其 API 的约定不符。{said}</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer carried no usable request id, so Storyreel cannot tell whether the job was queued.</source>
            <translation>{what}：RunComfy 的回复中没有可用的请求 ID，因此 Storyreel 无法判断任务是否已进入队列。</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer has neither a status nor an output.</source>
            <translation>{what}：RunComfy 的回复中既没有状态也没有输出。</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer has no status.</source>
            <translation>{what}：RunComfy 的回复中没有状态。</translation>
        </message>
        <message>
            <source>{what}: RunComfy's answer has no usable price (price {price}, unit {unit}), so nothing is sent.</source>
            <translation>{what}：RunComfy 的回复中没有可用的价格（价格 {price}，单位 {unit}），因此不会发送任何内容。</translation>
        </message>
        <message>
            <source>{what}: the API key was refused (missing, expired or revoked, or the account is inactive). Check it in Settings.{said}</source>
            <translation>{what}：API 密钥被拒绝（缺失、已过期或已吊销，或账户未激活）。请在设置中检查。{said}</translation>
        </message>
        <message>
            <source>{what}: the answer states no balance.</source>
            <translation>{what}：回复中没有余额。</translation>
        </message>
        <message>
            <source>{what}: the connection failed after the job was sent ({reason}), so RunComfy may or may not have received it.</source>
            <translation>{what}：任务发送后连接失败（{reason}），因此无法确定 RunComfy 是否已收到。</translation>
        </message>
        <message>
            <source>{what}: the job is gone on the server (its request id is unknown, deleted or expired).{said}</source>
            <translation>{what}：该任务在服务器上已不存在（其请求 ID 未知、已删除或已过期）。{said}</translation>
        </message>
        <message>
            <source>{what}: the model id is wrong, or the request id is malformed, so RunComfy does not know it.{said}</source>
            <translation>{what}：模型 ID 有误，或请求 ID 格式不正确，因此 RunComfy 无法识别。{said}</translation>
        </message>
        <message>
            <source>{what}: the server sent a redirect to {where}, which Storyreel does not follow: check the API address in Settings.</source>
            <translation>{what}：服务器发送了指向 {where} 的重定向，Storyreel 不会跟随：请在设置中检查 API 地址。</translation>
        </message>
        <message>
            <source>{what}: the server's answer was larger ({size}) than the {limit} an API answer may be, so Storyreel stopped reading it. Check the API address in Settings: it may not be RunComfy's Model API.</source>
            <translation>{what}：服务器的回复（{size}）超过了 API 回复允许的 {limit}，因此 Storyreel 停止了读取。请在设置中检查 API 地址：它可能不是 RunComfy 的 Model API。</translation>
        </message>
        <message>
            <source>{what}: the server's answer was larger than the {limit} an API answer may be, so Storyreel stopped reading it. Check the API address in Settings: it may not be RunComfy's Model API.</source>
            <translation>{what}：服务器的回复超过了 API 回复允许的 {limit}，因此 Storyreel 停止了读取。请在设置中检查 API 地址：它可能不是 RunComfy 的 Model API。</translation>
        </message>
        <message>
            <source>{what}: this request belongs to another RunComfy account, so the API key in use cannot see it.{said}</source>
            <translation>{what}：此请求属于另一个 RunComfy 账户，当前使用的 API 密钥无法查看。{said}</translation>
        </message>
        <message>
            <source>{what}: your RunComfy balance is used up. Top up your RunComfy account; nothing was run.{said}</source>
            <translation>{what}：你的 RunComfy 余额已用完。请为 RunComfy 账户充值；没有运行任何内容。{said}</translation>
        </message>
        <message>
            <source>{what}: {host} could not be reached ({reason}). Check your internet connection; Storyreel tried several times.</source>
            <translation>{what}：无法连接到 {host}（{reason}）。请检查网络连接；Storyreel 已多次尝试。</translation>
        </message>
        <message>
            <source>{what}: {host} did not answer in time ({reason}). Check your internet connection; Storyreel tried several times.</source>
            <translation>{what}：{host} 未及时响应（{reason}）。请检查网络连接；Storyreel 已多次尝试。</translation>
        </message>
        <message>
            <source>{what}: {host} dropped the connection ({reason}). Check your internet connection; Storyreel tried several times.</source>
            <translation>{what}：{host} 断开了连接（{reason}）。请检查网络连接；Storyreel 已多次尝试。</translation>
        </message>
        <message>
            <source>{what}: {host} offers no balance Storyreel knows.</source>
            <translation>{what}：{host} 不提供 Storyreel 可识别的余额。</translation>
        </message>
        <message>
            <source>{where}: {message}</source>
            <translation>{where}：{message}</translation>
        </message>
        <message>
            <source>{written} of {total} bytes arrived</source>
            <translation>收到 {written} / {total} 字节</translation>
        </message>
    </context>
    <context>
        <name>ExportFlow</name>
        <message>
            <source>An export is already running.</source>
            <translation>已有导出正在进行。</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Export cancelled: {name} was not written.</source>
            <translation>导出已取消：未写入 {name}。</translation>
        </message>
        <message>
            <source>Export sequence as MP4</source>
            <translation>将序列导出为 MP4</translation>
        </message>
        <message>
            <source>Export shot list as CSV</source>
            <translation>将镜头表导出为 CSV</translation>
        </message>
        <message>
            <source>Export shot list as JSON</source>
            <translation>将镜头表导出为 JSON</translation>
        </message>
        <message>
            <source>Exported {name}: {seconds} s, {width}×{height}, with its captions beside it.</source>
            <translation>已导出 {name}：{seconds} 秒，{width}×{height}，字幕文件在旁边。</translation>
        </message>
        <message>
            <source>Exporting {name}…</source>
            <translation>正在导出 {name}…</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>MP4 video (*.mp4)</source>
            <translation>MP4 视频 (*.mp4)</translation>
        </message>
        <message>
            <source>Shot list saved as {name}.</source>
            <translation>镜头表已保存为 {name}。</translation>
        </message>
        <message>
            <source>Shots not rendered yet are held as their first frame.</source>
            <translation>尚未渲染的镜头以其首帧定格显示。</translation>
        </message>
        <message>
            <source>The shot list could not be saved as {name}: {error}</source>
            <translation>无法将镜头表保存为 {name}：{error}</translation>
        </message>
        <message>
            <source>There is nothing to export yet: add frames first.</source>
            <translation>还没有可导出的内容：请先添加画面。</translation>
        </message>
        <message>
            <source>{name} could not be exported: {error}</source>
            <translation>无法导出 {name}：{error}</translation>
        </message>
        <message>
            <source>{name} shot list</source>
            <translation>{name} 镜头表</translation>
        </message>
    </context>
    <context>
        <name>FetchProgress</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancel fetching the image</source>
            <translation>取消获取图像</translation>
        </message>
        <message>
            <source>Fetched {amount}</source>
            <translation>已获取 {amount}</translation>
        </message>
        <message>
            <source>Stop fetching this image.</source>
            <translation>停止获取此图像。</translation>
        </message>
        <message>
            <source>Waiting for the server…</source>
            <translation>正在等待服务器…</translation>
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
            <translation>宽高比</translation>
        </message>
        <message>
            <source>Camera fixed</source>
            <translation>固定机位</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>First frame</source>
            <translation>首帧</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>画面</translation>
        </message>
        <message>
            <source>Generate audio</source>
            <translation>生成音频</translation>
        </message>
        <message>
            <source>Last frame</source>
            <translation>尾帧</translation>
        </message>
        <message>
            <source>Negative prompt</source>
            <translation>反向提示词</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>提示词</translation>
        </message>
        <message>
            <source>Published title: {title}</source>
            <translation>发布名称：{title}</translation>
        </message>
        <message>
            <source>Reference images</source>
            <translation>参考图</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>分辨率</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>种子</translation>
        </message>
    </context>
    <context>
        <name>FieldWidget</name>
        <message>
            <source>Image {n}: </source>
            <translation>图像 {n}：</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>&amp;Export sequence as MP4…</source>
            <translation>将序列导出为 MP4(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;New storyboard</source>
            <translation>新建分镜(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open storyboard…</source>
            <translation>打开分镜(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Save storyboard</source>
            <translation>保存分镜(&amp;S)</translation>
        </message>
        <message>
            <source>Add frames…</source>
            <translation>添加画面…</translation>
        </message>
        <message>
            <source>Add images after the selected frame (Insert)</source>
            <translation>在所选画面后添加图像（Insert）</translation>
        </message>
        <message>
            <source>Choose the part of the selected frame the shot keeps, at the shot's aspect ratio (Ctrl+Shift+F)</source>
            <translation>按镜头的宽高比，选择所选画面中镜头保留的部分（Ctrl+Shift+F）</translation>
        </message>
        <message>
            <source>Clear the list</source>
            <translation>清空列表</translation>
        </message>
        <message>
            <source>Continue from last frame</source>
            <translation>从尾帧继续</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Duplicate the selected frame, with its shot's settings (Ctrl+D)</source>
            <translation>复制所选画面及其镜头设置（Ctrl+D）</translation>
        </message>
        <message>
            <source>Every shot with its frames, model, prompt, settings, cost and clip</source>
            <translation>每个镜头及其画面、模型、提示词、设置、费用和片段</translation>
        </message>
        <message>
            <source>Every take of this shot: choose the one the sequence plays, reject, delete, star or compare them</source>
            <translation>此镜头的所有镜次：选择序列播放哪一条，或将其弃用、删除、加星、比较</translation>
        </message>
        <message>
            <source>Export shot list as &amp;CSV…</source>
            <translation>将镜头表导出为 CSV(&amp;C)…</translation>
        </message>
        <message>
            <source>Export shot list as &amp;JSON…</source>
            <translation>将镜头表导出为 JSON(&amp;J)…</translation>
        </message>
        <message>
            <source>Frame…</source>
            <translation>取景…</translation>
        </message>
        <message>
            <source>Generate selected shots</source>
            <translation>生成所选镜头</translation>
        </message>
        <message>
            <source>Move left</source>
            <translation>左移</translation>
        </message>
        <message>
            <source>Move right</source>
            <translation>右移</translation>
        </message>
        <message>
            <source>Move the selected frame one place earlier (Alt+Left)</source>
            <translation>将所选画面前移一位（Alt+左方向键）</translation>
        </message>
        <message>
            <source>Move the selected frame one place later (Alt+Right)</source>
            <translation>将所选画面后移一位（Alt+右方向键）</translation>
        </message>
        <message>
            <source>No recent storyboards</source>
            <translation>没有最近的分镜</translation>
        </message>
        <message>
            <source>One video of the whole board: finished clips, held frames for the rest</source>
            <translation>整个分镜的一段视频：已完成的片段，其余以定格画面代替</translation>
        </message>
        <message>
            <source>Open &amp;recent storyboard</source>
            <translation>打开最近的分镜(&amp;R)</translation>
        </message>
        <message>
            <source>Open a storyboard file</source>
            <translation>打开分镜文件</translation>
        </message>
        <message>
            <source>Play from this shot</source>
            <translation>从此镜头开始播放</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove the selected frame (Delete)</source>
            <translation>移除所选画面（Delete）</translation>
        </message>
        <message>
            <source>Save storyboard &amp;as…</source>
            <translation>分镜另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>Save the storyboard (boards with a file are also saved as you work)</source>
            <translation>保存分镜（已有文件的分镜在编辑时也会自动保存）</translation>
        </message>
        <message>
            <source>Save the storyboard to a new file</source>
            <translation>将分镜保存为新文件</translation>
        </message>
        <message>
            <source>Start an empty storyboard</source>
            <translation>新建空白分镜</translation>
        </message>
        <message>
            <source>Takes…</source>
            <translation>镜次…</translation>
        </message>
        <message>
            <source>The last frame of this shot's clip becomes a new frame right after it, so the scene goes on from where the clip ends</source>
            <translation>此镜头片段的尾帧成为紧随其后的新画面，场景从片段结束处继续</translation>
        </message>
        <message>
            <source>The shot list for a spreadsheet</source>
            <translation>用于电子表格的镜头表</translation>
        </message>
    </context>
    <context>
        <name>FixActions</name>
        <message>
            <source>Colour of the bars</source>
            <translation>边条颜色</translation>
        </message>
        <message>
            <source>Crop to {ratio}…</source>
            <translation>裁剪为 {ratio}…</translation>
        </message>
        <message>
            <source>That region cannot be made to pass this model's size rules; frame a larger part of the picture.</source>
            <translation>该区域无法满足此模型的尺寸规则；请框选图像中更大的部分。</translation>
        </message>
    </context>
    <context>
        <name>FixButtons</name>
        <message>
            <source>Another colour…</source>
            <translation>其他颜色…</translation>
        </message>
        <message>
            <source>Black bars</source>
            <translation>黑边</translation>
        </message>
        <message>
            <source>Blurred edges</source>
            <translation>模糊边缘</translation>
        </message>
        <message>
            <source>Mirrored edges</source>
            <translation>镜像边缘</translation>
        </message>
    </context>
    <context>
        <name>FixTitles</name>
        <message>
            <source>Convert to {fmt}</source>
            <translation>转换为 {fmt}</translation>
        </message>
        <message>
            <source>Convert to {fmt} under {mb}</source>
            <translation>转换为 {fmt}（小于 {mb}）</translation>
        </message>
        <message>
            <source>Crop to {size}</source>
            <translation>裁剪为 {size}</translation>
        </message>
        <message>
            <source>Downscale to {size}</source>
            <translation>缩小到 {size}</translation>
        </message>
        <message>
            <source>Pad to {size}</source>
            <translation>填充到 {size}</translation>
        </message>
        <message>
            <source>Re-encode to {fmt} under {mb}</source>
            <translation>重新编码为 {fmt}（小于 {mb}）</translation>
        </message>
        <message>
            <source>Save upright</source>
            <translation>按正向保存</translation>
        </message>
        <message>
            <source>Upscale to {size}</source>
            <translation>放大到 {size}</translation>
        </message>
    </context>
    <context>
        <name>Fixes</name>
        <message>
            <source>Adds black bars above and below to reach an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>在上下添加黑边，使宽高比达到 {ratio}，尺寸为 {size} 像素，{saved}。</translation>
        </message>
        <message>
            <source>Adds black bars left and right to reach an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>在左右添加黑边，使宽高比达到 {ratio}，尺寸为 {size} 像素，{saved}。</translation>
        </message>
        <message>
            <source>Adds transparent bars above and below to reach an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>在上下添加透明边，使宽高比达到 {ratio}，尺寸为 {size} 像素，{saved}。</translation>
        </message>
        <message>
            <source>Adds transparent bars left and right to reach an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>在左右添加透明边，使宽高比达到 {ratio}，尺寸为 {size} 像素，{saved}。</translation>
        </message>
        <message>
            <source>Convert to MP4 ({codecs})</source>
            <translation>转换为 MP4（{codecs}）</translation>
        </message>
        <message>
            <source>Convert to MP4 ({codecs}) under {size}</source>
            <translation>转换为小于 {size} 的 MP4（{codecs}）</translation>
        </message>
        <message>
            <source>Convert to WAV ({rate:g} kHz, mono)</source>
            <translation>转换为 WAV（{rate:g} kHz，单声道）</translation>
        </message>
        <message>
            <source>Convert to WAV ({rate:g} kHz, stereo)</source>
            <translation>转换为 WAV（{rate:g} kHz，立体声）</translation>
        </message>
        <message>
            <source>Crops the left and right edges to an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>裁掉左右两边，使宽高比为 {ratio}，尺寸为 {size} 像素，{saved}。</translation>
        </message>
        <message>
            <source>Crops the top and bottom to an aspect ratio of {ratio} and makes it {size} px, {saved}.</source>
            <translation>裁掉上下两边，使宽高比为 {ratio}，尺寸为 {size} 像素，{saved}。</translation>
        </message>
        <message>
            <source>Downscale to {width} × {height}</source>
            <translation>缩小到 {width} × {height}</translation>
        </message>
        <message>
            <source>Lower the frame rate to {fps:g} fps</source>
            <translation>将帧率降至 {fps:g} fps</translation>
        </message>
        <message>
            <source>Saves a copy in {format} format, which this field accepts; the picture itself is not changed.</source>
            <translation>以此字段接受的 {format} 格式保存一份副本；画面本身不变。</translation>
        </message>
        <message>
            <source>Saves a {format} copy at the highest quality that stays under {limit}, scaling it down only if that is not enough.</source>
            <translation>以不超过 {limit} 的最高质量保存 {format} 副本，仅在仍不够时才缩小。</translation>
        </message>
        <message>
            <source>Saves a {format} copy with the camera's rotation applied to the pixels, so that every reader sees it upright at {size} px.</source>
            <translation>保存一份将相机旋转应用到像素的 {format} 副本，使所有读取程序都以 {size} 像素正向显示。</translation>
        </message>
        <message>
            <source>Scales the image down to {size} px so that {reason}, {saved}.</source>
            <translation>将图像缩小到 {size} 像素，使{reason}，{saved}。</translation>
        </message>
        <message>
            <source>Scales the image up to {size} px so that {reason}, {saved}.</source>
            <translation>将图像放大到 {size} 像素，使{reason}，{saved}。</translation>
        </message>
        <message>
            <source>Trim to {length}</source>
            <translation>剪短至 {length}</translation>
        </message>
        <message>
            <source>at least {pixels} px</source>
            <translation>至少 {pixels} 像素</translation>
        </message>
        <message>
            <source>at most {pixels} px</source>
            <translation>不超过 {pixels} 像素</translation>
        </message>
        <message>
            <source>convert to MP4 ({codecs})</source>
            <translation>转换为 MP4（{codecs}）</translation>
        </message>
        <message>
            <source>convert to MP4 ({codecs}) under {size}</source>
            <translation>转换为小于 {size} 的 MP4（{codecs}）</translation>
        </message>
        <message>
            <source>convert to WAV ({rate:g} kHz, mono)</source>
            <translation>转换为 WAV（{rate:g} kHz，单声道）</translation>
        </message>
        <message>
            <source>convert to WAV ({rate:g} kHz, stereo)</source>
            <translation>转换为 WAV（{rate:g} kHz，立体声）</translation>
        </message>
        <message>
            <source>downscale to {width} × {height}</source>
            <translation>缩小到 {width} × {height}</translation>
        </message>
        <message>
            <source>each side is {limits}</source>
            <translation>每条边都{limits}</translation>
        </message>
        <message>
            <source>it meets the size rules</source>
            <translation>符合尺寸规则</translation>
        </message>
        <message>
            <source>less than {pixels} px</source>
            <translation>小于 {pixels} 像素</translation>
        </message>
        <message>
            <source>lower the frame rate to {fps:g} fps</source>
            <translation>将帧率降至 {fps:g} fps</translation>
        </message>
        <message>
            <source>more than {pixels} px</source>
            <translation>大于 {pixels} 像素</translation>
        </message>
        <message>
            <source>saved as a new {format} file</source>
            <translation>另存为新的 {format} 文件</translation>
        </message>
        <message>
            <source>saved as a new {format} file under {limit}</source>
            <translation>另存为小于 {limit} 的新 {format} 文件</translation>
        </message>
        <message>
            <source>the height is {limits}</source>
            <translation>高度{limits}</translation>
        </message>
        <message>
            <source>the width is {limits}</source>
            <translation>宽度{limits}</translation>
        </message>
        <message>
            <source>trim to {length}</source>
            <translation>剪短至 {length}</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first}且{second}</translation>
        </message>
        <message>
            <source>{first}, {rest}</source>
            <translation>{first}，{rest}</translation>
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
            <translation>{minutes} 分钟</translation>
        </message>
        <message>
            <source>{seconds:g} s</source>
            <translation>{seconds:g} 秒</translation>
        </message>
        <message>
            <source>{title}. The original file is kept; the copy is used instead.</source>
            <translation>{title}。原文件会保留，改用副本。</translation>
        </message>
    </context>
    <context>
        <name>FrameFraming</name>
        <message>
            <source>Frame image</source>
            <translation>图像取景</translation>
        </message>
        <message>
            <source>Frame {n} is framed: Undo brings the whole picture back.</source>
            <translation>画面 {n} 已取景：撤销可恢复完整图像。</translation>
        </message>
        <message>
            <source>Select a frame to frame it.</source>
            <translation>请先选择要取景的画面。</translation>
        </message>
        <message>
            <source>That region cannot be made to pass this model's size rules; frame a larger part of the picture.</source>
            <translation>该区域无法满足此模型的尺寸规则；请框选图像中更大的部分。</translation>
        </message>
        <message>
            <source>The frame was removed before its framed copy was ready: {path}.</source>
            <translation>取景副本完成前，该画面已被移除：{path}。</translation>
        </message>
        <message>
            <source>The image of frame {n} is missing, so it cannot be framed.</source>
            <translation>画面 {n} 的图像文件缺失，无法取景。</translation>
        </message>
    </context>
    <context>
        <name>FrameRestorer</name>
        <message numerus="yes">
            <source>The pictures {files} from last time are no longer where they were, so they were left out. Drop them again to use them.</source>
            <translation>
                <numerusform>上次使用的图片 {files} 已不在原处，因此未载入。请重新拖入以使用。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrameStrip</name>
        <message>
            <source>Drop images or a folder here to lay out your story frame by frame,
or use Add frames…</source>
            <translation>把图像或文件夹拖到这里，逐个画面排布你的故事，
或使用“添加画面…”</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>画面</translation>
        </message>
        <message>
            <source>The storyboard's frames in order. Delete removes the selected frame, Ctrl+D duplicates it, Alt+Left and Alt+Right move it.</source>
            <translation>分镜画面按顺序排列。Delete 移除所选画面，Ctrl+D 复制，Alt+左/右方向键移动。</translation>
        </message>
    </context>
    <context>
        <name>FramingCanvas</name>
        <message>
            <source>Framing rectangle</source>
            <translation>取景框</translation>
        </message>
        <message>
            <source>{width} × {height} px from {left}, {top}</source>
            <translation>{width} × {height} 像素，起点 {left}, {top}</translation>
        </message>
    </context>
    <context>
        <name>FramingDialog</name>
        <message>
            <source>Crop</source>
            <translation>裁剪</translation>
        </message>
        <message>
            <source>Drag the frame to choose what the shot keeps, or a corner to resize it; the aspect ratio stays {ratio}. Arrow keys move it (with Shift, ten pixels at a time), + and − resize it, Home centres it, F makes it as large as it can be.</source>
            <translation>拖动取景框选择镜头保留的内容，拖动角可调整大小；宽高比保持为 {ratio}。方向键移动取景框（按住 Shift 每次移动十个像素），+ 和 − 调整大小，Home 居中，F 放到最大。</translation>
        </message>
        <message>
            <source>Frame {name}</source>
            <translation>取景：{name}</translation>
        </message>
        <message>
            <source>Keeps {width} × {height} px, from {left}, {top}.</source>
            <translation>保留 {width} × {height} 像素，起点 {left}, {top}。</translation>
        </message>
        <message>
            <source>Thin lines: the rule of thirds. Dashed line: the title-safe area, where text stays visible on every screen.</source>
            <translation>细线：三分法构图线。虚线：字幕安全区，文字在任何屏幕上都可见。</translation>
        </message>
    </context>
    <context>
        <name>GenerateFlow</name>
        <message>
            <source>Free local preview · nothing is sent or paid</source>
            <translation>免费本地预览 · 不发送、不付费</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>Generate a clip with these settings (Ctrl+Enter)</source>
            <translation>用这些设置生成一个片段（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Generate preview</source>
            <translation>生成预览</translation>
        </message>
        <message>
            <source>Generate · {price}</source>
            <translation>生成 · {price}</translation>
        </message>
        <message>
            <source>Not sent: it would pass your spending cap.</source>
            <translation>未发送：会超出你的支出上限。</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Price unavailable</source>
            <translation>价格不可用</translation>
        </message>
        <message>
            <source>Reading the price…</source>
            <translation>正在读取价格…</translation>
        </message>
        <message>
            <source>Sending your job…</source>
            <translation>正在发送你的任务…</translation>
        </message>
        <message>
            <source>Storyreel is still starting.</source>
            <translation>Storyreel 仍在启动。</translation>
        </message>
        <message>
            <source>Why Generate is not available</source>
            <translation>为何无法生成</translation>
        </message>
        <message>
            <source>second</source>
            <translation>秒</translation>
        </message>
        <message>
            <source>video</source>
            <translation>视频</translation>
        </message>
        <message>
            <source>{price} per {unit}</source>
            <translation>每{unit} {price}</translation>
        </message>
        <message>
            <source>{total} estimated · {per_unit}</source>
            <translation>预计 {total} · {per_unit}</translation>
        </message>
    </context>
    <context>
        <name>GenericWidget</name>
        <message>
            <source>'{text}' cannot be read as a {kind} value ({reason}).</source>
            <translation>“{text}”无法读取为 {kind} 值（{reason}）。</translation>
        </message>
        <message>
            <source>A value, as JSON</source>
            <translation>一个值，JSON 格式</translation>
        </message>
        <message>
            <source>A {kind} value, as JSON</source>
            <translation>一个 {kind} 值，JSON 格式</translation>
        </message>
    </context>
    <context>
        <name>HandoffDialog</name>
        <message>
            <source>&amp;Folder:</source>
            <translation>文件夹(&amp;F)：</translation>
        </message>
        <message>
            <source>A4, landscape</source>
            <translation>A4，横向</translation>
        </message>
        <message>
            <source>Animatic video (MP4), with its captions (.srt) beside it</source>
            <translation>动态分镜视频（MP4），旁附字幕（.srt）</translation>
        </message>
        <message>
            <source>Board PDF: frames in a grid with prompts and notes</source>
            <translation>分镜 PDF：画面网格排列，附提示词和备注</translation>
        </message>
        <message>
            <source>Bottom left</source>
            <translation>左下</translation>
        </message>
        <message>
            <source>Bottom right</source>
            <translation>右下</translation>
        </message>
        <message>
            <source>CMX 3600 edit decision list (.edl)</source>
            <translation>CMX 3600 剪辑决策表（.edl）</translation>
        </message>
        <message>
            <source>Captions (.srt): shot numbers and notes</source>
            <translation>字幕（.srt）：镜头编号和备注</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Export for an editor</source>
            <translation>导出给剪辑师</translation>
        </message>
        <message>
            <source>Export into folder</source>
            <translation>导出到文件夹</translation>
        </message>
        <message>
            <source>Final Cut Pro 7 XML (.xml) for Premiere Pro and Resolve</source>
            <translation>Final Cut Pro 7 XML（.xml），适用于 Premiere Pro 和 Resolve</translation>
        </message>
        <message>
            <source>Not burnt in</source>
            <translation>不烧录</translation>
        </message>
        <message>
            <source>OpenTimelineIO timeline (.otio) for DaVinci Resolve</source>
            <translation>OpenTimelineIO 时间线（.otio），适用于 DaVinci Resolve</translation>
        </message>
        <message>
            <source>PDF &amp;paper:</source>
            <translation>PDF 纸张(&amp;P)：</translation>
        </message>
        <message>
            <source>Shot numbers and notes in the &amp;video:</source>
            <translation>视频中的镜头编号和备注(&amp;V)：</translation>
        </message>
        <message>
            <source>Top left</source>
            <translation>左上</translation>
        </message>
        <message>
            <source>Top right</source>
            <translation>右上</translation>
        </message>
        <message>
            <source>US Letter, landscape</source>
            <translation>US Letter，横向</translation>
        </message>
        <message>
            <source>Write these files:</source>
            <translation>写入这些文件：</translation>
        </message>
    </context>
    <context>
        <name>HandoffFlow</name>
        <message numerus="yes">
            <source>%n clips matched no shot of this board and were left out.</source>
            <translation>
                <numerusform>%n 个片段与此分镜中的镜头都不匹配，已略过。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files of the same name are already in {folder}.</source>
            <translation>
                <numerusform>{folder} 中已有 %n 个同名文件。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Bring back an edit…</source>
            <translation>导回剪辑(&amp;B)…</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>An edit list (.otio, .xml, .edl), captions, the animatic and a board PDF</source>
            <translation>剪辑列表（.otio、.xml、.edl）、字幕、动态分镜和分镜 PDF</translation>
        </message>
        <message>
            <source>An export is already running.</source>
            <translation>已有导出正在进行。</translation>
        </message>
        <message>
            <source>Bring back an edit</source>
            <translation>导回剪辑</translation>
        </message>
        <message>
            <source>Bring back the edit from {name}</source>
            <translation>从 {name} 导回剪辑</translation>
        </message>
        <message>
            <source>Brought back from {name} (Undo takes it back):</source>
            <translation>已从 {name} 导回（撤销可还原）：</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Edit lists (*.otio *.xml)</source>
            <translation>剪辑列表 (*.otio *.xml)</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>导出已取消。</translation>
        </message>
        <message>
            <source>Export for an e&amp;ditor…</source>
            <translation>导出给剪辑师(&amp;D)…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n files: {names}.</source>
            <translation>
                <numerusform>已导出 %n 个文件：{names}。</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting {name} for an editor…</source>
            <translation>正在为剪辑师导出 {name}…</translation>
        </message>
        <message>
            <source>In a pair cut the shots follow their frames, so the new order and the removals were not applied: move or remove frames instead.</source>
            <translation>按画面对切分时，镜头跟随画面，因此新顺序和删除未被应用：请改为移动或移除画面。</translation>
        </message>
        <message>
            <source>Reorder, trim and remove shots as they were in an edited .otio or .xml</source>
            <translation>按照剪辑后的 .otio 或 .xml 重新排序、修剪和移除镜头</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>替换</translation>
        </message>
        <message>
            <source>Replace existing files?</source>
            <translation>替换已有文件？</translation>
        </message>
        <message>
            <source>Shot {number} moved to position {position}.</source>
            <translation>镜头 {number} 已移到第 {position} 位。</translation>
        </message>
        <message>
            <source>Shot {number} removed.</source>
            <translation>已移除镜头 {number}。</translation>
        </message>
        <message>
            <source>Shot {number} trimmed to {now} s (was {was} s).</source>
            <translation>镜头 {number} 已修剪为 {now} 秒（原为 {was} 秒）。</translation>
        </message>
        <message>
            <source>Shots not rendered yet are held as their first frame.</source>
            <translation>尚未渲染的镜头以其首帧定格显示。</translation>
        </message>
        <message>
            <source>The export did not finish: {error}</source>
            <translation>导出未完成：{error}</translation>
        </message>
        <message>
            <source>There is nothing to export yet: add frames first.</source>
            <translation>还没有可导出的内容：请先添加画面。</translation>
        </message>
        <message>
            <source>{name} could not be brought back: {error}</source>
            <translation>无法导回 {name}：{error}</translation>
        </message>
        <message>
            <source>{name} matches the board: nothing changed.</source>
            <translation>{name} 与分镜一致：没有变化。</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message numerus="yes">
            <source>%n jobs match.</source>
            <translation>
                <numerusform>%n 个任务符合条件。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n jobs match; the newest {shown} are listed.</source>
            <translation>
                <numerusform>%n 个任务符合条件；列出最新的 {shown} 个。</numerusform>
            </translation>
        </message>
        <message>
            <source>Any model</source>
            <translation>任意模型</translation>
        </message>
        <message>
            <source>Any state</source>
            <translation>任意状态</translation>
        </message>
        <message>
            <source>Compare…</source>
            <translation>比较…</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史记录</translation>
        </message>
        <message>
            <source>Jobs found</source>
            <translation>找到的任务</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Play two finished jobs together</source>
            <translation>同时播放两个已完成的任务</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>提示词</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>种子</translation>
        </message>
        <message>
            <source>Seed {seed}</source>
            <translation>种子 {seed}</translation>
        </message>
        <message>
            <source>Starred only</source>
            <translation>仅看星标</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Storyreel is still starting.</source>
            <translation>Storyreel 仍在启动。</translation>
        </message>
        <message>
            <source>The history cannot be searched: {r}</source>
            <translation>无法搜索历史记录：{r}</translation>
        </message>
        <message>
            <source>Words of the prompt</source>
            <translation>提示词中的词语</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>{name} is no longer there, so it cannot be compared.</source>
            <translation>{name} 已不在原处，无法比较。</translation>
        </message>
        <message>
            <source>★ Unstar</source>
            <translation>★ 取消星标</translation>
        </message>
        <message>
            <source>☆ Star</source>
            <translation>☆ 加星</translation>
        </message>
    </context>
    <context>
        <name>ImageCheck</name>
        <message>
            <source>Applying “{title}”…</source>
            <translation>正在应用“{title}”…</translation>
        </message>
        <message>
            <source>Checking the image.</source>
            <translation>正在检查图像。</translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>正在检查 {name}…</translation>
        </message>
        <message>
            <source>Dropped image</source>
            <translation>拖入的图像</translation>
        </message>
        <message>
            <source>Empty. Press Enter to choose a file or Ctrl+V to paste.</source>
            <translation>空。按 Enter 选择文件，或按 Ctrl+V 粘贴。</translation>
        </message>
        <message>
            <source>Fetching the image was cancelled.</source>
            <translation>已取消获取图像。</translation>
        </message>
        <message>
            <source>Image cannot be read: {reason}</source>
            <translation>无法读取图像：{reason}</translation>
        </message>
        <message>
            <source>Image cannot be used: {reason}</source>
            <translation>无法使用图像：{reason}</translation>
        </message>
        <message>
            <source>Only http and https URLs can be used, not {scheme}.</source>
            <translation>只能使用 http 和 https 网址，不能使用 {scheme}。</translation>
        </message>
        <message numerus="yes">
            <source>Ready · {width}×{height} {format} · all %n rules pass</source>
            <translation>
                <numerusform>就绪 · {width}×{height} {format} · 全部 %n 条规则通过</numerusform>
            </translation>
        </message>
        <message>
            <source>The image</source>
            <translation>图像</translation>
        </message>
        <message>
            <source>Valid image: {name}.</source>
            <translation>有效图像：{name}。</translation>
        </message>
        <message>
            <source>{name} is still being checked.</source>
            <translation>{name} 仍在检查中。</translation>
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
            <translation>（文件以旋转方式存储；服务器可能按任一方向读取。）</translation>
        </message>
        <message>
            <source> or </source>
            <translation> 或 </translation>
        </message>
        <message>
            <source>Animated image: only its first frame is used.</source>
            <translation>动图：只使用第一帧。</translation>
        </message>
        <message>
            <source>Aspect ratio (width ÷ height)</source>
            <translation>宽高比（宽 ÷ 高）</translation>
        </message>
        <message>
            <source>Format is {actual}; this model takes {allowed} only.</source>
            <translation>格式为 {actual}；此模型仅接受 {allowed}。</translation>
        </message>
        <message>
            <source>Storyreel cannot check the rule '{rule}'; the server will.</source>
            <translation>Storyreel 无法检查规则“{rule}”，将由服务器检查。</translation>
        </message>
        <message>
            <source>The video is stored on its side and shown turned by {degrees}°; it is sent turned upright, so that every server sees it as you do. Convert it.</source>
            <translation>该视频以侧向存储，显示时旋转了 {degrees}°；发送时会转正，让每个服务器看到的都和你看到的一样。请转换它。</translation>
        </message>
        <message>
            <source>{fmt} can be sent as it is.</source>
            <translation>{fmt} 可以直接发送。</translation>
        </message>
        <message>
            <source>{fmt} cannot be sent from a file; RunComfy takes {inline} only. Convert it, or give a URL to the file instead.</source>
            <translation>{fmt} 无法以文件形式发送；RunComfy 仅接受 {inline}。请转换格式，或改为提供文件的 URL。</translation>
        </message>
        <message>
            <source>{label} is {actual}; it must be at least {limit}.</source>
            <translation>{label}为 {actual}；至少应为 {limit}。</translation>
        </message>
        <message>
            <source>{label} is {actual}; it must be at most {limit}.</source>
            <translation>{label}为 {actual}；不得超过 {limit}。</translation>
        </message>
        <message>
            <source>{label} is {actual}; it must be less than {limit}.</source>
            <translation>{label}为 {actual}；必须小于 {limit}。</translation>
        </message>
        <message>
            <source>{label} is {actual}; it must be more than {limit}.</source>
            <translation>{label}为 {actual}；必须大于 {limit}。</translation>
        </message>
        <message>
            <source>{label} {actual} is at least {limit}.</source>
            <translation>{label}为 {actual}，至少为 {limit}。</translation>
        </message>
        <message>
            <source>{label} {actual} is at most {limit}.</source>
            <translation>{label}为 {actual}，不超过 {limit}。</translation>
        </message>
        <message>
            <source>{label} {actual} is less than {limit}.</source>
            <translation>{label}为 {actual}，小于 {limit}。</translation>
        </message>
        <message>
            <source>{label} {actual} is more than {limit}.</source>
            <translation>{label}为 {actual}，大于 {limit}。</translation>
        </message>
        <message>
            <source>{size} fits in the {mib} MiB RunComfy takes from a file.</source>
            <translation>{size} 未超过 RunComfy 对文件的 {mib} MiB 上限。</translation>
        </message>
        <message>
            <source>{size} is more than the {mib} MiB RunComfy takes from a file. Make it smaller, or give a URL to the file instead.</source>
            <translation>{size} 超过了 RunComfy 对文件的 {mib} MiB 上限。请缩小文件，或改为提供文件的 URL。</translation>
        </message>
        <message>
            <source>{size} is more than the {mp} megapixels Storyreel can read safely. Save a smaller copy of it in an image editor.</source>
            <translation>{size} 超过了 Storyreel 能安全读取的 {mp} 百万像素。请在图像编辑器中另存一个更小的副本。</translation>
        </message>
    </context>
    <context>
        <name>ImageStrip</name>
        <message>
            <source>+ Add another image (up to {limit}) · drop, click or Ctrl+V</source>
            <translation>+ 再添加一张图像（最多 {limit} 张）· 拖放、点击或 Ctrl+V</translation>
        </message>
        <message>
            <source>+ Add another image · drop, click or Ctrl+V</source>
            <translation>+ 再添加一张图像 · 拖放、点击或 Ctrl+V</translation>
        </message>
        <message>
            <source>Drop zone for {subject}, image {n}</source>
            <translation>{subject}的拖放区，图像 {n}</translation>
        </message>
        <message>
            <source>Only {limit} images fit here; {count} were left out.</source>
            <translation>这里最多只能放 {limit} 张图像；有 {count} 张未加入。</translation>
        </message>
        <message>
            <source>images</source>
            <translation>图像</translation>
        </message>
    </context>
    <context>
        <name>IntegerWidget</name>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>未设置</translation>
        </message>
    </context>
    <context>
        <name>JobEvents</name>
        <message>
            <source>{n} done</source>
            <translation>{n} 个已完成</translation>
        </message>
        <message>
            <source>{n} in progress</source>
            <translation>{n} 个进行中</translation>
        </message>
    </context>
    <context>
        <name>JobState</name>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Download waiting</source>
            <translation>等待下载</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>下载中</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Generating</source>
            <translation>生成中</translation>
        </message>
        <message>
            <source>In queue</source>
            <translation>排队中</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>正在发送</translation>
        </message>
        <message>
            <source>Submission uncertain</source>
            <translation>提交状态不确定</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>等待发送</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>download waiting</source>
            <translation>等待下载</translation>
        </message>
        <message>
            <source>downloading</source>
            <translation>下载中</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>generating</source>
            <translation>生成中</translation>
        </message>
        <message>
            <source>in queue</source>
            <translation>排队中</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>正在发送</translation>
        </message>
        <message>
            <source>submission uncertain</source>
            <translation>提交状态不确定</translation>
        </message>
        <message>
            <source>waiting to send</source>
            <translation>等待发送</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Model:</source>
            <translation>模型(&amp;M)：</translation>
        </message>
        <message>
            <source>The clip's last frame is the new first frame: write what happens next.</source>
            <translation>片段的最后一帧已成为新的首帧：写下接下来发生什么。</translation>
        </message>
        <message>
            <source>The last frame is saved as {path}, but this model takes no frame.</source>
            <translation>最后一帧已保存为 {path}，但此模型不接受帧图像。</translation>
        </message>
        <message>
            <source>Your settings could not be saved: {error}</source>
            <translation>无法保存你的设置：{error}</translation>
        </message>
    </context>
    <context>
        <name>MediaListWidget</name>
        <message>
            <source>Audio clip {n}: </source>
            <translation>音频片段 {n}：</translation>
        </message>
        <message>
            <source>Video {n}: </source>
            <translation>视频 {n}：</translation>
        </message>
    </context>
    <context>
        <name>MediaRequest</name>
        <message>
            <source>Sent from files, these clips make a request of {size} MB; RunComfy takes at most {limit} MB in one request. Give URLs for some of them, or use fewer or shorter clips.</source>
            <translation>以文件发送时，这些片段组成的请求为 {size} MB；RunComfy 每次请求最多接受 {limit} MB。请为其中一些片段提供 URL，或使用更少或更短的片段。</translation>
        </message>
    </context>
    <context>
        <name>MediaZone</name>
        <message>
            <source>Audio</source>
            <translation>音频</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>检查中…</translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>Drop a video here</source>
            <translation>将视频拖到这里</translation>
        </message>
        <message>
            <source>Drop an audio clip here</source>
            <translation>将音频片段拖到这里</translation>
        </message>
        <message>
            <source>Fetching…</source>
            <translation>正在获取…</translation>
        </message>
        <message>
            <source>Fetching… {done}</source>
            <translation>正在获取… {done}</translation>
        </message>
        <message>
            <source>Fetching… {done} of {total}</source>
            <translation>正在获取… {done} / {total}</translation>
        </message>
        <message>
            <source>Fix: {title}</source>
            <translation>修正：{title}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>The fix failed: {message}</source>
            <translation>修正失败：{message}</translation>
        </message>
        <message>
            <source>URL of the {noun}</source>
            <translation>{noun}的 URL</translation>
        </message>
        <message>
            <source>Videos</source>
            <translation>视频</translation>
        </message>
        <message>
            <source>audio clip</source>
            <translation>音频片段</translation>
        </message>
        <message>
            <source>still being checked</source>
            <translation>仍在检查</translation>
        </message>
        <message>
            <source>the fix is still being made</source>
            <translation>仍在修正</translation>
        </message>
        <message>
            <source>video</source>
            <translation>视频</translation>
        </message>
        <message>
            <source>{name} cannot be read ({error}).</source>
            <translation>无法读取 {name}（{error}）。</translation>
        </message>
        <message>
            <source>…or paste a URL and press Enter</source>
            <translation>…或粘贴 URL 并按回车键</translation>
        </message>
    </context>
    <context>
        <name>ModeSwitch</name>
        <message>
            <source>A row of frames cut into shots, played as one sequence (Ctrl+2)</source>
            <translation>一排画面切分成多个镜头，作为一个序列播放（Ctrl+2）</translation>
        </message>
        <message>
            <source>One clip from a frame and a prompt (Ctrl+1)</source>
            <translation>由一帧和一段提示词生成一个片段（Ctrl+1）</translation>
        </message>
        <message>
            <source>Single shot</source>
            <translation>单镜头</translation>
        </message>
        <message>
            <source>Storyboard</source>
            <translation>分镜</translation>
        </message>
        <message>
            <source>View</source>
            <translation>视图</translation>
        </message>
    </context>
    <context>
        <name>ModelChoice</name>
        <message>
            <source>The model {model} of this job is no longer in your catalogue.</source>
            <translation>此任务使用的模型 {model} 已不在你的目录中。</translation>
        </message>
        <message>
            <source>The settings of this job are in the panel.</source>
            <translation>此任务的设置已载入面板。</translation>
        </message>
    </context>
    <context>
        <name>ModelListRefresh</name>
        <message>
            <source>Reading the list of models…</source>
            <translation>正在读取模型列表…</translation>
        </message>
    </context>
    <context>
        <name>ModelNotes</name>
        <message>
            <source>Cinematic image to video with generated audio and lip sync, 4 to 12 seconds, camera control.</source>
            <translation>电影感图生视频，带生成音频和口型同步，4 到 12 秒，可控运镜。</translation>
        </message>
        <message>
            <source>Image to video from a first frame and an optional last frame, 5 or 10 seconds. The last frame has no effect at 1080p.</source>
            <translation>由首帧和可选的尾帧图生视频，5 或 10 秒。1080p 时尾帧不起作用。</translation>
        </message>
        <message>
            <source>Image to video from a first frame, 2 to 12 seconds, up to 1080p, with a choice of aspect ratio.</source>
            <translation>由首帧图生视频，2 到 12 秒，最高 1080p，可选宽高比。</translation>
        </message>
        <message>
            <source>Image to video in 2K with precise prompt fidelity, 121 or 241 frames, with a seed. JPEG or PNG only.</source>
            <translation>2K 图生视频，精准遵循提示词，121 或 241 帧，支持种子。仅限 JPEG 或 PNG。</translation>
        </message>
        <message>
            <source>Video guided by one to four reference images, 2 to 12 seconds, up to 720p, with a seed.</source>
            <translation>由一到四张参考图引导的视频，2 到 12 秒，最高 720p，支持种子。</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>All RunComfy models</source>
            <translation>所有 RunComfy 模型</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新</translation>
        </message>
        <message>
            <source>The video model that makes the clip.</source>
            <translation>生成片段所用的视频模型。</translation>
        </message>
        <message>
            <source>audio</source>
            <translation>音频</translation>
        </message>
        <message>
            <source>first and last frame</source>
            <translation>首帧和尾帧</translation>
        </message>
        <message>
            <source>first frame</source>
            <translation>首帧</translation>
        </message>
        <message>
            <source>new</source>
            <translation>新</translation>
        </message>
        <message>
            <source>priced per second</source>
            <translation>按秒计费</translation>
        </message>
        <message>
            <source>priced per video</source>
            <translation>按视频计费</translation>
        </message>
        <message>
            <source>text only</source>
            <translation>仅文本</translation>
        </message>
        <message>
            <source>video</source>
            <translation>视频</translation>
        </message>
        <message>
            <source>with sound</source>
            <translation>带声音</translation>
        </message>
        <message>
            <source>{count} reference images</source>
            <translation>{count} 张参考图</translation>
        </message>
        <message>
            <source>{family} models</source>
            <translation>{family} 模型</translation>
        </message>
    </context>
    <context>
        <name>ModelSearchPopup</name>
        <message>
            <source>Models</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Search models</source>
            <translation>搜索模型</translation>
        </message>
    </context>
    <context>
        <name>NoteEditing</name>
        <message>
            <source>Edit note</source>
            <translation>编辑备注</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <source>A job failed</source>
            <translation>有任务失败</translation>
        </message>
        <message>
            <source>Submission uncertain</source>
            <translation>提交状态不确定</translation>
        </message>
        <message>
            <source>Your clip is ready</source>
            <translation>你的片段已就绪</translation>
        </message>
        <message>
            <source>{subject}: check your RunComfy generation history before trying again.</source>
            <translation>{subject}：重试前请先查看你在 RunComfy 上的生成记录。</translation>
        </message>
    </context>
    <context>
        <name>NumberWidget</name>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <source>at least {n}</source>
            <translation>至少 {n}</translation>
        </message>
        <message>
            <source>at most {n}</source>
            <translation>至多 {n}</translation>
        </message>
        <message>
            <source>less than {n}</source>
            <translation>小于 {n}</translation>
        </message>
        <message>
            <source>more than {n}</source>
            <translation>大于 {n}</translation>
        </message>
        <message>
            <source>steps of {n}</source>
            <translation>步长 {n}</translation>
        </message>
    </context>
    <context>
        <name>ObjectListWidget</name>
        <message>
            <source>Add {noun}</source>
            <translation>添加{noun}</translation>
        </message>
        <message numerus="yes">
            <source>At most %n entries.</source>
            <translation>
                <numerusform>最多 %n 个条目。</numerusform>
            </translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>条目</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move {entry} down</source>
            <translation>下移{entry}</translation>
        </message>
        <message>
            <source>Move {entry} up</source>
            <translation>上移{entry}</translation>
        </message>
        <message>
            <source>No entries yet.</source>
            <translation>还没有条目。</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove {entry}</source>
            <translation>移除{entry}</translation>
        </message>
        <message>
            <source>The saved value {value} cannot be shown here; it is kept until you change it.</source>
            <translation>已保存的值 {value} 无法在此显示；在你修改之前会一直保留。</translation>
        </message>
        <message>
            <source>{noun} {n}: </source>
            <translation>{noun} {n}：</translation>
        </message>
    </context>
    <context>
        <name>ParameterPanel</name>
        <message>
            <source>Choose a model first.</source>
            <translation>请先选择模型。</translation>
        </message>
        <message>
            <source>Choose a model to see its settings.</source>
            <translation>选择一个模型以查看其设置。</translation>
        </message>
        <message>
            <source>This model works from text alone: it takes no image.</source>
            <translation>此模型仅根据文本生成：不接受图像。</translation>
        </message>
        <message>
            <source>{label} (image {n}): {message}</source>
            <translation>{label}（图像 {n}）：{message}</translation>
        </message>
        <message>
            <source>{label} are required: add at least one image.</source>
            <translation>{label}为必填项：请至少添加一张图像。</translation>
        </message>
        <message>
            <source>{label} are required: add at least one.</source>
            <translation>{label}为必填项：请至少添加一项。</translation>
        </message>
        <message>
            <source>{label} is required: add a video.</source>
            <translation>{label}为必填项：请添加一个视频。</translation>
        </message>
        <message>
            <source>{label} is required: add an audio clip.</source>
            <translation>{label}为必填项：请添加一个音频片段。</translation>
        </message>
        <message>
            <source>{label} is required: add an image.</source>
            <translation>{label}为必填项：请添加一张图像。</translation>
        </message>
        <message>
            <source>{label} is required: add at least one entry.</source>
            <translation>{label}为必填项：请至少添加一个条目。</translation>
        </message>
        <message>
            <source>{label} is required: choose a value.</source>
            <translation>{label}为必填项：请选择一个值。</translation>
        </message>
        <message>
            <source>{label} is required: type it as JSON.</source>
            <translation>{label}为必填项：请以 JSON 格式输入。</translation>
        </message>
        <message>
            <source>{label} is required: write one.</source>
            <translation>{label}为必填项：请填写。</translation>
        </message>
        <message>
            <source>{label}: {item}{message}</source>
            <translation>{label}：{item}{message}</translation>
        </message>
        <message>
            <source>{label}: {message}</source>
            <translation>{label}：{message}</translation>
        </message>
        <message>
            <source>{label}: {reason}</source>
            <translation>{label}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>PlayerView</name>
        <message>
            <source>Full screen</source>
            <translation>全屏</translation>
        </message>
        <message>
            <source>Full screen (F or double-click; Esc leaves)</source>
            <translation>全屏（F 或双击；Esc 退出）</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>退出全屏</translation>
        </message>
        <message>
            <source>Loop</source>
            <translation>循环</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>静音</translation>
        </message>
        <message>
            <source>Mute the sound (M)</source>
            <translation>静音（M）</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <source>Play or pause (Space)</source>
            <translation>播放或暂停（空格键）</translation>
        </message>
        <message>
            <source>Play the clip again from its start (Space)</source>
            <translation>从头重新播放片段（空格键）</translation>
        </message>
        <message>
            <source>Play the clip over and over (L)</source>
            <translation>循环播放片段（L）</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>播放位置</translation>
        </message>
        <message>
            <source>Replay</source>
            <translation>重播</translation>
        </message>
        <message>
            <source>Select a finished job to play it here.</source>
            <translation>选择一个已完成的任务即可在此播放。</translation>
        </message>
        <message>
            <source>The clip plays here as soon as the job is done.</source>
            <translation>任务完成后，片段会在这里播放。</translation>
        </message>
        <message>
            <source>The video file {path} is missing: it may have been moved or deleted. Its output URL can still be copied from the queue.</source>
            <translation>视频文件 {path} 不见了：可能已被移动或删除。仍可从队列中复制它的输出 URL。</translation>
        </message>
        <message>
            <source>This clip has no sound.</source>
            <translation>此片段没有声音。</translation>
        </message>
        <message>
            <source>This job finished without a video file.</source>
            <translation>此任务已结束，但没有视频文件。</translation>
        </message>
        <message>
            <source>This job has no clip to play ({state}).</source>
            <translation>此任务没有可播放的片段（{state}）。</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>未知错误</translation>
        </message>
        <message>
            <source>{file} cannot be played: {reason}</source>
            <translation>无法播放 {file}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message>
            <source>Loading preview…</source>
            <translation>正在加载预览…</translation>
        </message>
        <message>
            <source>No preview</source>
            <translation>无预览</translation>
        </message>
    </context>
    <context>
        <name>PreviewBadge</name>
        <message>
            <source>Preview · motion sketch, not AI generation</source>
            <translation>预览 · 运动草稿，并非 AI 生成</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message numerus="yes">
            <source>%n images given; at least {limit} needed.</source>
            <translation>
                <numerusform>已提供 %n 张图像；至少需要 {limit} 张。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n images given; at most {limit} allowed.</source>
            <translation>
                <numerusform>已提供 %n 张图像；最多允许 {limit} 张。</numerusform>
            </translation>
        </message>
        <message>
            <source>Expected a list of audio clips.</source>
            <translation>需要音频片段列表。</translation>
        </message>
        <message>
            <source>Expected a list of images.</source>
            <translation>需要图像列表。</translation>
        </message>
        <message>
            <source>Expected a list of videos.</source>
            <translation>需要视频列表。</translation>
        </message>
        <message>
            <source>Expected a number.</source>
            <translation>需要数字。</translation>
        </message>
        <message>
            <source>Expected a video file or URL.</source>
            <translation>需要视频文件或网址。</translation>
        </message>
        <message>
            <source>Expected a whole number.</source>
            <translation>需要整数。</translation>
        </message>
        <message>
            <source>Expected an audio clip file or URL.</source>
            <translation>需要音频文件或网址。</translation>
        </message>
        <message>
            <source>Expected an image file or URL.</source>
            <translation>需要图像文件或网址。</translation>
        </message>
        <message>
            <source>Expected on or off (true or false).</source>
            <translation>需要开或关（true 或 false）。</translation>
        </message>
        <message>
            <source>Expected text.</source>
            <translation>需要文本。</translation>
        </message>
        <message>
            <source>Too long: {count} characters, at most {limit} allowed.</source>
            <translation>太长：{count} 个字符，最多允许 {limit} 个。</translation>
        </message>
        <message>
            <source>Too short: {count} characters, at least {limit} needed.</source>
            <translation>太短：{count} 个字符，至少需要 {limit} 个。</translation>
        </message>
        <message>
            <source>{value} must be a multiple of {step}.</source>
            <translation>{value} 必须是 {step} 的倍数。</translation>
        </message>
        <message>
            <source>{value} must be at least {limit}.</source>
            <translation>{value} 必须至少为 {limit}。</translation>
        </message>
        <message>
            <source>{value} must be at most {limit}.</source>
            <translation>{value} 最多为 {limit}。</translation>
        </message>
        <message>
            <source>{value} must be less than {limit}.</source>
            <translation>{value} 必须小于 {limit}。</translation>
        </message>
        <message>
            <source>{value} must be more than {limit}.</source>
            <translation>{value} 必须大于 {limit}。</translation>
        </message>
    </context>
    <context>
        <name>PromptWidget</name>
        <message numerus="yes">
            <source>%n characters</source>
            <translation>
                <numerusform>%n 个字符</numerusform>
            </translation>
        </message>
        <message>
            <source>Characters used, at most {limit} allowed.</source>
            <translation>已用字符数，最多允许 {limit} 个。</translation>
        </message>
        <message>
            <source>Characters used; under {limit} gives better results.</source>
            <translation>已用字符数；少于 {limit} 个效果更好。</translation>
        </message>
        <message>
            <source>Describe the motion, the camera and the mood.</source>
            <translation>描述运动、运镜和氛围。</translation>
        </message>
        <message>
            <source>Use example prompt</source>
            <translation>使用示例提示词</translation>
        </message>
        <message>
            <source>What the clip should avoid.</source>
            <translation>片段中应避免的内容。</translation>
        </message>
        <message>
            <source>{count} / {limit}</source>
            <translation>{count} / {limit}</translation>
        </message>
        <message>
            <source>{count} / {limit} advised</source>
            <translation>{count} / 建议 {limit}</translation>
        </message>
    </context>
    <context>
        <name>Queue</name>
        <message>
            <source>Free preview</source>
            <translation>免费预览</translation>
        </message>
        <message>
            <source>Request id: {id}</source>
            <translation>请求 ID：{id}</translation>
        </message>
        <message>
            <source>The job failed without a reason from the server.</source>
            <translation>任务失败，服务器未给出原因。</translation>
        </message>
        <message>
            <source>The video is made but not downloaded yet: use Retry download.</source>
            <translation>视频已生成但尚未下载：请使用“重试下载”。</translation>
        </message>
        <message>
            <source>about {time} left</source>
            <translation>约剩 {time}</translation>
        </message>
        <message>
            <source>any moment now</source>
            <translation>马上就好</translation>
        </message>
        <message>
            <source>elapsed {time}</source>
            <translation>已用 {time}</translation>
        </message>
        <message>
            <source>position {n}</source>
            <translation>第 {n} 位</translation>
        </message>
        <message>
            <source>ratio {ratio}</source>
            <translation>宽高比 {ratio}</translation>
        </message>
        <message>
            <source>seed {seed}</source>
            <translation>种子 {seed}</translation>
        </message>
        <message>
            <source>{price} per {unit}</source>
            <translation>每{unit} {price}</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} 秒</translation>
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
            <translation>从列表中移除任务</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <source>About the selected job</source>
            <translation>所选任务的详情</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancel this job (only while it waits in the queue)</source>
            <translation>取消此任务（仅在队列中等待时可用）</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Continue from last frame</source>
            <translation>从尾帧继续</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy output URL</source>
            <translation>复制输出 URL</translation>
        </message>
        <message>
            <source>Copy output URL or request id</source>
            <translation>复制输出 URL 或请求 ID</translation>
        </message>
        <message>
            <source>Copy request id</source>
            <translation>复制请求 ID</translation>
        </message>
        <message>
            <source>Download the finished video again (after freeing space or fixing the folder); the job is not sent again and nothing is charged</source>
            <translation>重新下载已完成的视频（在腾出空间或修复文件夹后）；任务不会重新发送，也不会扣费</translation>
        </message>
        <message>
            <source>Every job you started, newest first.</source>
            <translation>你发起的所有任务，最新的在前。</translation>
        </message>
        <message>
            <source>Load this job's model and settings into the panel</source>
            <translation>将此任务的模型和设置载入面板</translation>
        </message>
        <message>
            <source>No jobs yet. Choose a model, add your frames on the left and press Generate: your clips will line up here.</source>
            <translation>还没有任务。选择一个模型，在左侧添加画面并点击生成：你的片段会在这里排队。</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Open generation history</source>
            <translation>打开生成记录</translation>
        </message>
        <message>
            <source>Open the folder that holds the video</source>
            <translation>打开视频所在的文件夹</translation>
        </message>
        <message>
            <source>Open the video in your system's player</source>
            <translation>用系统播放器打开视频</translation>
        </message>
        <message>
            <source>Open your RunComfy generation history</source>
            <translation>打开你在 RunComfy 上的生成记录</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>队列</translation>
        </message>
        <message>
            <source>Remove from list</source>
            <translation>从列表中移除</translation>
        </message>
        <message>
            <source>Remove this job from the list (the video file stays)</source>
            <translation>从列表中移除此任务（视频文件会保留）</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Retry download</source>
            <translation>重试下载</translation>
        </message>
        <message>
            <source>Reuse settings</source>
            <translation>复用设置</translation>
        </message>
        <message>
            <source>RunComfy may already have this job.</source>
            <translation>RunComfy 可能已经收到此任务。</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>重新发送</translation>
        </message>
        <message>
            <source>Send the same settings again as a new job</source>
            <translation>以相同设置作为新任务再次发送</translation>
        </message>
        <message>
            <source>Send this job again?</source>
            <translation>重新发送此任务？</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <source>The clip's last frame becomes the first frame of a new shot, so the scene goes on from where it ends</source>
            <translation>片段的尾帧成为新镜头的首帧，场景从结束处继续</translation>
        </message>
    </context>
    <context>
        <name>QuitConfirmation</name>
        <message numerus="yes">
            <source>%n jobs are still being prepared and have not been sent to RunComfy yet. Quitting now stops them before they are sent: nothing is charged, and you can send them again later.</source>
            <translation>
                <numerusform>还有 %n 个任务正在准备，尚未发送到 RunComfy。现在退出会在发送前停止它们：不会产生费用，之后可以重新发送。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n jobs are still running on RunComfy. They continue there, and Storyreel picks them up and downloads their videos the next time you start it.</source>
            <translation>
                <numerusform>还有 %n 个任务正在 RunComfy 上运行。它们会在那里继续，下次启动 Storyreel 时会接回并下载视频。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n offline previews will stop: the local preview engine stops with Storyreel, so they will be lost (nothing is charged; you can retry them).</source>
            <translation>
                <numerusform>%n 个离线预览将会停止：本地预览引擎随 Storyreel 一起关闭，因此它们会丢失（不产生费用；可以重试）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Every job has finished.</source>
            <translation>所有任务都已完成。</translation>
        </message>
        <message>
            <source>Keep Storyreel open</source>
            <translation>保持 Storyreel 打开</translation>
        </message>
        <message>
            <source>Nothing is lost by quitting now.</source>
            <translation>现在退出不会丢失任何内容。</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Quit Storyreel?</source>
            <translation>退出 Storyreel？</translation>
        </message>
        <message>
            <source>Some jobs are not finished yet.</source>
            <translation>部分任务尚未完成。</translation>
        </message>
    </context>
    <context>
        <name>RenderFlow</name>
        <message numerus="yes">
            <source>%n shots rendered.</source>
            <translation>
                <numerusform>已渲染 %n 个镜头。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots rendered; {kept} kept their clips.</source>
            <translation>
                <numerusform>已渲染 %n 个镜头；{kept} 个保留了原有片段。</numerusform>
            </translation>
        </message>
        <message>
            <source>Add frames first: drop images or a folder on the strip.</source>
            <translation>请先添加画面：把图像或文件夹拖到画面条上。</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Don't send</source>
            <translation>不发送</translation>
        </message>
        <message>
            <source>Every shot is already rendered from its current inputs: nothing was sent, nothing was paid.</source>
            <translation>所有镜头都已按当前输入渲染：未发送任何内容，也未产生费用。</translation>
        </message>
        <message>
            <source>Frame {n} ({name}) is still being checked.</source>
            <translation>画面 {n}（{name}）仍在检查中。</translation>
        </message>
        <message numerus="yes">
            <source>Generate %n previews</source>
            <translation>
                <numerusform>生成 %n 个预览</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Generate %n shots</source>
            <translation>
                <numerusform>生成 %n 个镜头</numerusform>
            </translation>
        </message>
        <message>
            <source>Generate only the selected shots</source>
            <translation>仅生成所选镜头</translation>
        </message>
        <message>
            <source>Generate · {price}</source>
            <translation>生成 · {price}</translation>
        </message>
        <message>
            <source>Nothing is sent without a price: check your connection and key, then try again.</source>
            <translation>没有价格就不会发送：请检查网络连接和密钥后重试。</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>未发送任何内容。</translation>
        </message>
        <message>
            <source>One clip per pair of frames needs at least two frames.</source>
            <translation>每对画面一个片段至少需要两个画面。</translation>
        </message>
        <message>
            <source>Raise the cap to {amount} and generate</source>
            <translation>将上限提高到 {amount} 并生成</translation>
        </message>
        <message>
            <source>Reading the price of the shots to render…</source>
            <translation>正在读取待渲染镜头的价格…</translation>
        </message>
        <message>
            <source>Reading the price of the shots…</source>
            <translation>正在读取镜头的价格…</translation>
        </message>
        <message>
            <source>Select the shots to generate first.</source>
            <translation>请先选择要生成的镜头。</translation>
        </message>
        <message>
            <source>Send every shot that needs it through the queue; the price is shown first</source>
            <translation>将需要生成的镜头全部送入队列；会先显示价格</translation>
        </message>
        <message>
            <source>Sending the shots…</source>
            <translation>正在发送镜头…</translation>
        </message>
        <message>
            <source>Shot {n}: {message}</source>
            <translation>镜头 {n}：{message}</translation>
        </message>
        <message>
            <source>Storyreel is still starting.</source>
            <translation>Storyreel 仍在启动。</translation>
        </message>
        <message>
            <source>The storyboard could not be rendered: {error}. The details are in the log.</source>
            <translation>无法渲染分镜：{error}。详情见日志。</translation>
        </message>
        <message>
            <source>Waiting for your answer to the price.</source>
            <translation>等待你对价格的确认。</translation>
        </message>
    </context>
    <context>
        <name>RuleRows</name>
        <message numerus="yes">
            <source>%n channels</source>
            <translation>
                <numerusform>%n 个声道</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n frames</source>
            <translation>
                <numerusform>%n 帧</numerusform>
            </translation>
        </message>
        <message>
            <source>Animation</source>
            <translation>动画</translation>
        </message>
        <message>
            <source>Aspect ratio</source>
            <translation>宽高比</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>声道</translation>
        </message>
        <message>
            <source>Complete file</source>
            <translation>文件完整</translation>
        </message>
        <message>
            <source>File size</source>
            <translation>文件大小</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Frame rate</source>
            <translation>帧率</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>高度</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Pixels</source>
            <translation>像素</translation>
        </message>
        <message>
            <source>Sample rate</source>
            <translation>采样率</translation>
        </message>
        <message>
            <source>Size to send</source>
            <translation>发送大小</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>宽度</translation>
        </message>
        <message>
            <source>cut short</source>
            <translation>被截断</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>未通过</translation>
        </message>
        <message>
            <source>first frame used</source>
            <translation>使用第一帧</translation>
        </message>
        <message>
            <source>mono</source>
            <translation>单声道</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>已通过</translation>
        </message>
        <message>
            <source>stereo</source>
            <translation>立体声</translation>
        </message>
        <message>
            <source>the whole file</source>
            <translation>完整文件</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
    </context>
    <context>
        <name>SampleButton</name>
        <message>
            <source>Try the sample “{title}”</source>
            <translation>试试示例“{title}”</translation>
        </message>
        <message>
            <source>{title}: puts this frame in the panel, with a suggested prompt if yours is empty.</source>
            <translation>{title}：将此画面放入面板；若你的提示词为空，会附上建议的提示词。</translation>
        </message>
    </context>
    <context>
        <name>SeedWidget</name>
        <message>
            <source>A new random seed is picked for each generation. Click to lock.</source>
            <translation>每次生成都会随机选取新的种子。点击可锁定。</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>New each time</source>
            <translation>每次随机</translation>
        </message>
        <message>
            <source>Pick a new random seed now.</source>
            <translation>立即随机选取新种子。</translation>
        </message>
        <message>
            <source>Random</source>
            <translation>随机</translation>
        </message>
        <message>
            <source>Randomise</source>
            <translation>随机</translation>
        </message>
        <message>
            <source>Randomise seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>Seed locked</source>
            <translation>种子已锁定</translation>
        </message>
        <message>
            <source>Seed unlocked</source>
            <translation>种子已解锁</translation>
        </message>
        <message>
            <source>The seed shown is used for every generation. Click to unlock.</source>
            <translation>每次生成都使用显示的种子。点击可解锁。</translation>
        </message>
    </context>
    <context>
        <name>SequenceFlow</name>
        <message>
            <source>Continue from the clip's last frame</source>
            <translation>从片段的尾帧继续</translation>
        </message>
        <message>
            <source>Shot {n} has no finished clip yet: generate it first.</source>
            <translation>镜头 {n} 还没有完成的片段：请先生成。</translation>
        </message>
        <message>
            <source>The clip's last frame is now frame {n}: its shot goes on from there.</source>
            <translation>片段的尾帧现在是画面 {n}：该镜头从这里继续。</translation>
        </message>
        <message>
            <source>The last frame could not be taken from the clip: {error}</source>
            <translation>无法从片段中提取尾帧：{error}</translation>
        </message>
        <message>
            <source>The sequence cannot be played: {error}</source>
            <translation>无法播放序列：{error}</translation>
        </message>
        <message>
            <source>The storyboard was closed before the last frame was ready; it is saved as {path}.</source>
            <translation>尾帧就绪前分镜已关闭；尾帧已保存为 {path}。</translation>
        </message>
        <message>
            <source>There is nothing to play yet: add frames first.</source>
            <translation>还没有可播放的内容：请先添加画面。</translation>
        </message>
        <message>
            <source>This job has no video file to continue from.</source>
            <translation>此任务没有可用于继续的视频文件。</translation>
        </message>
    </context>
    <context>
        <name>SequencePlayer</name>
        <message numerus="yes">
            <source> · %n shown as held frames</source>
            <translation>
                <numerusform> · %n 个以定格画面显示</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots, {seconds} s</source>
            <translation>
                <numerusform>%n 个镜头，{seconds} 秒</numerusform>
            </translation>
        </message>
        <message>
            <source>No shots yet</source>
            <translation>还没有镜头</translation>
        </message>
        <message>
            <source>Pause sequence</source>
            <translation>暂停序列</translation>
        </message>
        <message>
            <source>Play or pause the sequence (Space)</source>
            <translation>播放或暂停序列（空格键）</translation>
        </message>
        <message>
            <source>Play sequence</source>
            <translation>播放序列</translation>
        </message>
        <message>
            <source>Play sequence shows the whole board here: finished clips back to back, and each shot not rendered yet as its first frame, held for its length.</source>
            <translation>“播放序列”会在这里展示整个分镜：已完成的片段依次播放，尚未渲染的镜头以其首帧定格，持续其时长。</translation>
        </message>
        <message>
            <source>Sequence player</source>
            <translation>序列播放器</translation>
        </message>
        <message>
            <source>Sequence time</source>
            <translation>序列时间</translation>
        </message>
        <message>
            <source>Shot playing</source>
            <translation>正在播放的镜头</translation>
        </message>
        <message>
            <source>Shot {n} of {count} · {what}</source>
            <translation>镜头 {n}/{count} · {what}</translation>
        </message>
        <message>
            <source>Shot {n} · not rendered yet: its first frame, held for {s} s</source>
            <translation>镜头 {n} · 尚未渲染：以首帧定格 {s} 秒</translation>
        </message>
        <message>
            <source>Shot {n}: {file} cannot be played ({reason}); skipped.</source>
            <translation>镜头 {n}：无法播放 {file}（{reason}）；已跳过。</translation>
        </message>
        <message>
            <source>held frame, not rendered yet</source>
            <translation>定格画面，尚未渲染</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>未知错误</translation>
        </message>
        <message>
            <source>{s} s clip</source>
            <translation>{s} 秒片段</translation>
        </message>
        <message>
            <source>{s} s of its clip, from {start} s</source>
            <translation>其片段中从 {start} 秒起的 {s} 秒</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>A key is set (hidden). Type a new one to replace it.</source>
            <translation>已设置密钥（已隐藏）。输入新密钥即可替换。</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>API 地址</translation>
        </message>
        <message>
            <source>API address:</source>
            <translation>API 地址：</translation>
        </message>
        <message>
            <source>API key status</source>
            <translation>API 密钥状态</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>外观</translation>
        </message>
        <message>
            <source>Appearance:</source>
            <translation>外观：</translation>
        </message>
        <message>
            <source>Ask RunComfy for a model's price with this key: costs nothing.</source>
            <translation>用此密钥向 RunComfy 查询某个模型的价格：不产生费用。</translation>
        </message>
        <message>
            <source>Asking RunComfy…</source>
            <translation>正在询问 RunComfy…</translation>
        </message>
        <message>
            <source>Choose the library folder</source>
            <translation>选择媒体库文件夹</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>Find your key in your RunComfy profile. Storyreel keeps it in your system's keyring, never in a file.</source>
            <translation>你可以在 RunComfy 个人资料中找到密钥。Storyreel 将其保存在系统密钥环中，绝不写入文件。</translation>
        </message>
        <message>
            <source>For the API address below, once it is a usable one</source>
            <translation>用于下方的 API 地址（待其可用时）</translation>
        </message>
        <message>
            <source>For {base}</source>
            <translation>用于 {base}</translation>
        </message>
        <message>
            <source>How many jobs Storyreel sends, follows and downloads at the same time (from the next start).</source>
            <translation>Storyreel 同时发送、跟踪和下载的任务数量（下次启动时生效）。</translation>
        </message>
        <message>
            <source>Jobs at once:</source>
            <translation>同时进行的任务：</translation>
        </message>
        <message>
            <source>Jobs running at once</source>
            <translation>同时运行的任务</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <source>Library folder</source>
            <translation>媒体库文件夹</translation>
        </message>
        <message>
            <source>Library folder:</source>
            <translation>媒体库文件夹：</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Paste your RunComfy API key</source>
            <translation>粘贴你的 RunComfy API 密钥</translation>
        </message>
        <message>
            <source>Remove key</source>
            <translation>移除密钥</translation>
        </message>
        <message>
            <source>Result of the key test</source>
            <translation>密钥测试结果</translation>
        </message>
        <message>
            <source>RunComfy API key</source>
            <translation>RunComfy API 密钥</translation>
        </message>
        <message>
            <source>Save key</source>
            <translation>保存密钥</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Show the API key</source>
            <translation>显示 API 密钥</translation>
        </message>
        <message>
            <source>Storyreel settings</source>
            <translation>Storyreel 设置</translation>
        </message>
        <message>
            <source>Storyreel speaks the new language from its next start.</source>
            <translation>Storyreel 将在下次启动时使用新语言。</translation>
        </message>
        <message>
            <source>System (follow the system's light or dark)</source>
            <translation>系统（跟随系统的浅色或深色）</translation>
        </message>
        <message>
            <source>System ({language})</source>
            <translation>跟随系统（{language}）</translation>
        </message>
        <message>
            <source>Tell me when a job finishes while Storyreel is in the background</source>
            <translation>Storyreel 在后台时，任务完成后通知我</translation>
        </message>
        <message>
            <source>Test key</source>
            <translation>测试密钥</translation>
        </message>
        <message>
            <source>The API address this key is for</source>
            <translation>此密钥对应的 API 地址</translation>
        </message>
        <message>
            <source>The key is stored in your system keyring.</source>
            <translation>密钥已保存在系统密钥环中。</translation>
        </message>
        <message>
            <source>The library folder is empty: choose where your videos should go.</source>
            <translation>媒体库文件夹为空：请选择视频的保存位置。</translation>
        </message>
        <message>
            <source>The library folder {path} is a file, not a folder.</source>
            <translation>媒体库文件夹 {path} 是一个文件，而不是文件夹。</translation>
        </message>
        <message>
            <source>no API key is set</source>
            <translation>未设置 API 密钥。</translation>
        </message>
        <message>
            <source>no system keyring available: the key is kept for this session only</source>
            <translation>没有可用的系统密钥环：密钥仅在本次会话中保留。</translation>
        </message>
        <message>
            <source>stored in the system keyring</source>
            <translation>已保存在系统密钥环中</translation>
        </message>
        <message>
            <source>taken from the RUNCOMFY_API_TOKEN environment variable</source>
            <translation>取自环境变量 RUNCOMFY_API_TOKEN。</translation>
        </message>
        <message>
            <source>the system keyring is locked: the key is kept for this session only</source>
            <translation>系统密钥环已锁定：密钥仅在本次会话中保留。</translation>
        </message>
        <message>
            <source>{reason} Storyreel will ask for it again next time; to avoid that, set RUNCOMFY_API_TOKEN in your environment or unlock your system keyring.</source>
            <translation>{reason} 下次 Storyreel 还会再次询问；若想避免，请在环境变量中设置 RUNCOMFY_API_TOKEN，或解锁系统密钥环。</translation>
        </message>
    </context>
    <context>
        <name>ShotNoteEditor</name>
        <message>
            <source>&amp;Note</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <source>Action or dialogue: shown in the captions, on the board PDF and in the edit list</source>
            <translation>动作或对白：显示在字幕、分镜 PDF 和剪辑列表中</translation>
        </message>
        <message>
            <source>Shot note</source>
            <translation>镜头备注</translation>
        </message>
        <message>
            <source>The shot's action or dialogue</source>
            <translation>镜头的动作或对白</translation>
        </message>
    </context>
    <context>
        <name>ShotRow</name>
        <message>
            <source>One clip per pair of frames needs at least two frames: add another.</source>
            <translation>每对画面一个片段至少需要两个画面：请再添加一个。</translation>
        </message>
        <message>
            <source>Shots</source>
            <translation>镜头</translation>
        </message>
        <message>
            <source>The shots cut from your frames appear here.</source>
            <translation>由画面切分出的镜头会显示在这里。</translation>
        </message>
    </context>
    <context>
        <name>ShotSettings</name>
        <message>
            <source>&amp;Model:</source>
            <translation>模型(&amp;M)：</translation>
        </message>
        <message>
            <source>Apply settings and prompt to all shots</source>
            <translation>将设置和提示词应用到所有镜头</translation>
        </message>
        <message>
            <source>Apply to all shots</source>
            <translation>应用到所有镜头</translation>
        </message>
        <message>
            <source>Give every shot this model and these settings; each keeps its own prompt</source>
            <translation>为每个镜头使用此模型和这些设置；各镜头保留自己的提示词</translation>
        </message>
        <message>
            <source>Selected shot</source>
            <translation>所选镜头</translation>
        </message>
    </context>
    <context>
        <name>SingleShotDocument</name>
        <message>
            <source>Add an entry to {label}</source>
            <translation>向{label}添加条目</translation>
        </message>
        <message>
            <source>Change settings</source>
            <translation>更改设置</translation>
        </message>
        <message>
            <source>Change {label}</source>
            <translation>更改{label}</translation>
        </message>
        <message>
            <source>Choose audio for {label}</source>
            <translation>为{label}选择音频</translation>
        </message>
        <message>
            <source>Choose image for {label}</source>
            <translation>为{label}选择图像</translation>
        </message>
        <message>
            <source>Choose video for {label}</source>
            <translation>为{label}选择视频</translation>
        </message>
        <message>
            <source>Choose {model}</source>
            <translation>选择 {model}</translation>
        </message>
        <message>
            <source>Continue from the clip's last frame</source>
            <translation>从片段的尾帧继续</translation>
        </message>
        <message>
            <source>Drop audio on {label}</source>
            <translation>将音频拖到{label}</translation>
        </message>
        <message>
            <source>Drop image on {label}</source>
            <translation>将图像拖到{label}</translation>
        </message>
        <message>
            <source>Drop video on {label}</source>
            <translation>将视频拖到{label}</translation>
        </message>
        <message>
            <source>Edit {label}</source>
            <translation>编辑{label}</translation>
        </message>
        <message>
            <source>Fix audio in {label}</source>
            <translation>修正{label}中的音频</translation>
        </message>
        <message>
            <source>Fix image in {label}</source>
            <translation>修正{label}中的图像</translation>
        </message>
        <message>
            <source>Fix video in {label}</source>
            <translation>修正{label}中的视频</translation>
        </message>
        <message>
            <source>Paste audio URL into {label}</source>
            <translation>将音频 URL 粘贴到{label}</translation>
        </message>
        <message>
            <source>Paste image into {label}</source>
            <translation>将图像粘贴到{label}</translation>
        </message>
        <message>
            <source>Paste video URL into {label}</source>
            <translation>将视频 URL 粘贴到{label}</translation>
        </message>
        <message>
            <source>Remove an entry from {label}</source>
            <translation>从{label}移除条目</translation>
        </message>
        <message>
            <source>Remove audio from {label}</source>
            <translation>从{label}移除音频</translation>
        </message>
        <message>
            <source>Remove image from {label}</source>
            <translation>从{label}移除图像</translation>
        </message>
        <message>
            <source>Remove video from {label}</source>
            <translation>从{label}移除视频</translation>
        </message>
        <message>
            <source>Reorder {label}</source>
            <translation>重新排序{label}</translation>
        </message>
        <message>
            <source>Restore previous image in {label}</source>
            <translation>恢复{label}中之前的图像</translation>
        </message>
    </context>
    <context>
        <name>SingleShotTakes</name>
        <message>
            <source>No takes of these inputs yet: generate, or ask for variations.</source>
            <translation>这些输入还没有镜次：请生成，或生成变体。</translation>
        </message>
        <message>
            <source>Takes of the single shot</source>
            <translation>单镜头的镜次</translation>
        </message>
        <message>
            <source>The player now plays this take.</source>
            <translation>播放器现在播放此镜次。</translation>
        </message>
    </context>
    <context>
        <name>SingleShotTakesHooks</name>
        <message>
            <source>Every take of these inputs: choose the one the player plays, reject, delete, star or compare them</source>
            <translation>这些输入的所有镜次：选择播放器播放哪一条，或将其弃用、删除、加星、比较</translation>
        </message>
        <message>
            <source>Ta&amp;kes of this shot…</source>
            <translation>本镜头的镜次(&amp;K)…</translation>
        </message>
        <message>
            <source>Takes ({n})…</source>
            <translation>镜次（{n}）…</translation>
        </message>
        <message>
            <source>Takes…</source>
            <translation>镜次…</translation>
        </message>
    </context>
    <context>
        <name>SingleVariationsBar</name>
        <message>
            <source>How many variations</source>
            <translation>变体数量</translation>
        </message>
        <message>
            <source>New takes of these inputs, each with its own seed</source>
            <translation>用这些输入生成新镜次，每条使用各自的种子</translation>
        </message>
        <message>
            <source>New takes with the seeds next to the selected take's</source>
            <translation>用所选镜次相邻的种子生成新镜次</translation>
        </message>
        <message>
            <source>Seed sweep…</source>
            <translation>种子扫描…</translation>
        </message>
        <message>
            <source>Variations…</source>
            <translation>变体…</translation>
        </message>
        <message>
            <source>{model} has no seed setting to sweep.</source>
            <translation>{model} 没有可扫描的种子设置。</translation>
        </message>
    </context>
    <context>
        <name>SpendChart</name>
        <message>
            <source>MMM d</source>
            <comment>a day on the chart's axis</comment>
            <translation>M月d日</translation>
        </message>
        <message>
            <source>Money spent per day</source>
            <translation>每日支出</translation>
        </message>
        <message>
            <source>Money spent per model</source>
            <translation>各模型支出</translation>
        </message>
        <message>
            <source>Money spent, as a bar chart</source>
            <translation>支出（柱状图）</translation>
        </message>
        <message>
            <source>Spent (USD)</source>
            <translation>已花费（美元）</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} 至 {last}</translation>
        </message>
    </context>
    <context>
        <name>SpendView</name>
        <message numerus="yes">
            <source>%n of them counted at the price shown before sending, as RunComfy reported no cost.</source>
            <translation>
                <numerusform>其中 %n 个按发送前显示的价格计算，因为 RunComfy 未报告费用。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paid jobs: {amount}.</source>
            <translation>
                <numerusform>%n 个付费任务：{amount}。</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Estimated</source>
            <translation>预计</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <source>Export spending as CSV</source>
            <translation>将支出导出为 CSV</translation>
        </message>
        <message>
            <source>Free previews</source>
            <translation>免费预览</translation>
        </message>
        <message numerus="yes">
            <source>Free previews, counted apart: %n.</source>
            <translation>
                <numerusform>免费预览（单独计数）：%n。</numerusform>
            </translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>Group the money spent</source>
            <translation>支出分组方式</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Money spent, as a table</source>
            <translation>支出（表格）</translation>
        </message>
        <message>
            <source>Paid jobs</source>
            <translation>付费任务</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>按天</translation>
        </message>
        <message>
            <source>Per model</source>
            <translation>按模型</translation>
        </message>
        <message>
            <source>Reading what was spent…</source>
            <translation>正在读取支出…</translation>
        </message>
        <message>
            <source>Saved {file}.</source>
            <translation>已保存 {file}。</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>支出</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>已花费</translation>
        </message>
        <message>
            <source>Today: {spent} spent or on its way, of your daily cap of {cap}.</source>
            <translation>今天：已花费或即将花费 {spent}，每日上限为 {cap}。</translation>
        </message>
        <message>
            <source>Today: {spent} spent or on its way. No daily cap is set.</source>
            <translation>今天：已花费或即将花费 {spent}。未设置每日上限。</translation>
        </message>
        <message>
            <source>What was spent could not be read: {reason}</source>
            <translation>无法读取支出：{reason}</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>{file} could not be saved: {reason}</source>
            <translation>无法保存 {file}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>SpendingCaps</name>
        <message>
            <source>Don't send</source>
            <translation>不发送</translation>
        </message>
        <message>
            <source>Raise the cap to {amount} and send</source>
            <translation>将上限提高到 {amount} 并发送</translation>
        </message>
        <message>
            <source>RunComfy balance unavailable</source>
            <translation>RunComfy 余额不可用</translation>
        </message>
        <message>
            <source>RunComfy balance {amount}</source>
            <translation>RunComfy 余额 {amount}</translation>
        </message>
        <message>
            <source>Spending cap reached</source>
            <translation>已达支出上限</translation>
        </message>
        <message>
            <source>no spending cap is set</source>
            <translation>未设置支出上限</translation>
        </message>
        <message>
            <source>today {after} of your {cap} daily cap</source>
            <translation>今天 {after}，每日上限 {cap}</translation>
        </message>
        <message>
            <source>your cap per render is {cap}</source>
            <translation>每次渲染的上限为 {cap}</translation>
        </message>
    </context>
    <context>
        <name>StartCheck</name>
        <message>
            <source>Storyreel cannot start</source>
            <translation>Storyreel 无法启动</translation>
        </message>
        <message>
            <source>Your jobs, videos and settings are untouched.</source>
            <translation>你的任务、视频和设置均未改动。</translation>
        </message>
    </context>
    <context>
        <name>StillView</name>
        <message>
            <source>Held frame</source>
            <translation>定格画面</translation>
        </message>
    </context>
    <context>
        <name>Storyboard</name>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>检查中…</translation>
        </message>
        <message>
            <source>Clip missing</source>
            <translation>片段缺失</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Frame {n} ({name})</source>
            <translation>画面 {n}（{name}）</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>免费</translation>
        </message>
        <message>
            <source>Free preview</source>
            <translation>免费预览</translation>
        </message>
        <message>
            <source>Move frame {n}</source>
            <translation>移动画面 {n}</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation>未就绪</translation>
        </message>
        <message>
            <source>Not rendered</source>
            <translation>未渲染</translation>
        </message>
        <message>
            <source>One clip per frame</source>
            <translation>每个画面一个片段</translation>
        </message>
        <message>
            <source>One clip per pair of frames (first frame to last frame)</source>
            <translation>每对画面一个片段（从首帧到尾帧）</translation>
        </message>
        <message>
            <source>Out of date</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>排队中</translation>
        </message>
        <message>
            <source>Rendering</source>
            <translation>渲染中</translation>
        </message>
        <message>
            <source>Shot {n}</source>
            <translation>镜头 {n}</translation>
        </message>
        <message>
            <source>Shot {n} · {s} s</source>
            <translation>镜头 {n} · {s} 秒</translation>
        </message>
        <message>
            <source>Uncertain</source>
            <translation>不确定</translation>
        </message>
        <message>
            <source>Untitled storyboard</source>
            <translation>未命名分镜</translation>
        </message>
        <message>
            <source>{label}: being checked…</source>
            <translation>{label}：检查中…</translation>
        </message>
        <message>
            <source>{label}: ready</source>
            <translation>{label}：就绪</translation>
        </message>
        <message>
            <source>{s} s</source>
            <translation>{s} 秒</translation>
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
            <translation>分镜概要</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>切分</translation>
        </message>
        <message>
            <source>Cut:</source>
            <translation>切分：</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Export the sequence as one MP4, the shot list, or everything an editor needs</source>
            <translation>将序列导出为一个 MP4、导出镜头表，或导出剪辑所需的全部文件</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>画面</translation>
        </message>
        <message>
            <source>Generate all</source>
            <translation>全部生成</translation>
        </message>
        <message>
            <source>Generate all shots</source>
            <translation>生成所有镜头</translation>
        </message>
        <message>
            <source>Generate selected</source>
            <translation>生成所选</translation>
        </message>
        <message>
            <source>Generate the selected shots</source>
            <translation>生成所选镜头</translation>
        </message>
        <message>
            <source>One clip per frame</source>
            <translation>每个画面一个片段</translation>
        </message>
        <message>
            <source>One clip per pair of frames</source>
            <translation>每对画面一个片段</translation>
        </message>
        <message>
            <source>Play sequence</source>
            <translation>播放序列</translation>
        </message>
        <message>
            <source>Play the board: finished clips back to back, held frames for the rest</source>
            <translation>播放分镜：已完成的片段依次播放，其余以定格画面代替</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Shots</source>
            <translation>镜头</translation>
        </message>
        <message>
            <source>Storyboard</source>
            <translation>分镜</translation>
        </message>
        <message>
            <source>Storyboard name</source>
            <translation>分镜名称</translation>
        </message>
        <message>
            <source>Why Generate is not available</source>
            <translation>为何无法生成</translation>
        </message>
    </context>
    <context>
        <name>StructuredWidget</name>
        <message>
            <source>Entry {n}: </source>
            <translation>条目 {n}：</translation>
        </message>
        <message>
            <source>Fill in the shape the model asks for.</source>
            <translation>按模型要求的结构填写。</translation>
        </message>
        <message>
            <source>Insert template</source>
            <translation>插入模板</translation>
        </message>
        <message>
            <source>JSON, shaped like:
{example}</source>
            <translation>JSON，格式如下：
{example}</translation>
        </message>
        <message>
            <source>Lay the JSON out again, one entry per line.</source>
            <translation>重新排版 JSON，每行一个条目。</translation>
        </message>
        <message>
            <source>This JSON is nested too deeply.</source>
            <translation>此 JSON 嵌套层级过深。</translation>
        </message>
        <message>
            <source>This is not valid JSON: {reason} (line {line}, column {column}).</source>
            <translation>这不是有效的 JSON：{reason}（第 {line} 行，第 {column} 列）。</translation>
        </message>
        <message>
            <source>Tidy</source>
            <translation>整理</translation>
        </message>
    </context>
    <context>
        <name>Switch</name>
        <message>
            <source>Off</source>
            <translation>关</translation>
        </message>
        <message>
            <source>On</source>
            <translation>开</translation>
        </message>
    </context>
    <context>
        <name>TakeDelegate</name>
        <message>
            <source>Rejected</source>
            <translation>已弃用</translation>
        </message>
    </context>
    <context>
        <name>Takes</name>
        <message>
            <source>Another file is now at {path}; the take was left aside.</source>
            <translation>{path} 处现在有另一个文件；该镜次已被搁置。</translation>
        </message>
        <message>
            <source>{name} is no longer in the trash (it was emptied), so the take cannot come back.</source>
            <translation>{name} 已不在回收站中（回收站已清空），因此该镜次无法恢复。</translation>
        </message>
        <message>
            <source>{name} is no longer there.</source>
            <translation>{name} 已不存在。</translation>
        </message>
    </context>
    <context>
        <name>TakesDialog</name>
        <message>
            <source>${cost} in all</source>
            <translation>共 ${cost}</translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%n 条已弃用</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n takes</source>
            <translation>
                <numerusform>%n 条镜次</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a take</source>
            <translation>选择镜次</translation>
        </message>
        <message>
            <source>Circle this take: the sequence plays it</source>
            <translation>圈选此镜次：序列将播放它</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Compare…</source>
            <translation>比较…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete a take</source>
            <translation>删除镜次</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>Keep a rejected take</source>
            <translation>恢复已弃用的镜次</translation>
        </message>
        <message>
            <source>Move this take's file to the trash (Edit → Undo brings it back)</source>
            <translation>将此镜次的文件移到回收站（编辑 → 撤销可恢复）</translation>
        </message>
        <message>
            <source>Play two takes together, side by side or with a wipe</source>
            <translation>同时播放两条镜次，并排或用划像对比</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>弃用</translation>
        </message>
        <message>
            <source>Reject a take</source>
            <translation>弃用镜次</translation>
        </message>
        <message>
            <source>Set this take aside, but keep it</source>
            <translation>将此镜次搁置，但保留它</translation>
        </message>
        <message>
            <source>Takes</source>
            <translation>镜次</translation>
        </message>
        <message>
            <source>The take could not be deleted: {reason}</source>
            <translation>无法删除镜次：{reason}</translation>
        </message>
        <message>
            <source>The take's file is in the trash; Edit → Undo brings it back.</source>
            <translation>镜次的文件已移到回收站；编辑 → 撤销可将其恢复。</translation>
        </message>
        <message>
            <source>◯ Choose</source>
            <translation>◯ 选用</translation>
        </message>
        <message>
            <source>★ Unstar</source>
            <translation>★ 取消星标</translation>
        </message>
        <message>
            <source>☆ Star</source>
            <translation>☆ 加星</translation>
        </message>
    </context>
    <context>
        <name>TakesModel</name>
        <message>
            <source>No seed</source>
            <translation>无种子</translation>
        </message>
        <message>
            <source>Seed {seed}</source>
            <translation>种子 {seed}</translation>
        </message>
        <message>
            <source>Take {n}</source>
            <translation>镜次 {n}</translation>
        </message>
        <message>
            <source>chosen: the sequence plays it</source>
            <translation>已选用：序列播放此镜次</translation>
        </message>
        <message>
            <source>cost unknown</source>
            <translation>费用未知</translation>
        </message>
        <message>
            <source>default settings</source>
            <translation>默认设置</translation>
        </message>
        <message>
            <source>free preview</source>
            <translation>免费预览</translation>
        </message>
        <message>
            <source>its file is missing</source>
            <translation>文件缺失</translation>
        </message>
        <message>
            <source>off</source>
            <translation>关</translation>
        </message>
        <message>
            <source>on</source>
            <translation>开</translation>
        </message>
        <message>
            <source>rejected, kept</source>
            <translation>已弃用，仍保留</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>已加星</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Click a shot to play the sequence from there.</source>
            <translation>点击一个镜头，从该处开始播放序列。</translation>
        </message>
        <message>
            <source>Sequence timeline</source>
            <translation>序列时间线</translation>
        </message>
    </context>
    <context>
        <name>Toast</name>
        <message>
            <source>Notification</source>
            <translation>通知</translation>
        </message>
    </context>
    <context>
        <name>UndoHub</name>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message numerus="yes">
            <source>%n frames ≈ {seconds}</source>
            <translation>
                <numerusform>%n 帧 ≈ {seconds}</numerusform>
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
            <translation>{number} KB</translation>
        </message>
        <message>
            <source>{number} kHz</source>
            <translation>{number} kHz</translation>
        </message>
        <message>
            <source>{number} megapixels</source>
            <translation>{number} 百万像素</translation>
        </message>
        <message>
            <source>{number} min</source>
            <translation>{number} 分钟</translation>
        </message>
        <message>
            <source>{number} px</source>
            <translation>{number} px</translation>
        </message>
        <message>
            <source>{number} s</source>
            <translation>{number} 秒</translation>
        </message>
    </context>
    <context>
        <name>VariationsBar</name>
        <message numerus="yes">
            <source>%n free previews of shot {shot}, {how}.</source>
            <translation>
                <numerusform>镜头 {shot} 的 %n 个免费预览，{how}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n jobs sent: each becomes a take of this shot when it finishes.</source>
            <translation>
                <numerusform>已发送 %n 个任务：每个完成后都会成为此镜头的一条镜次。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variations of shot {shot}, {how}, at {unit} per {per}.</source>
            <translation>
                <numerusform>镜头 {shot} 的 %n 个变体，{how}，每{per} {unit}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variations of shot {shot}, {how}: estimated {total} in all ({each} each).</source>
            <translation>
                <numerusform>镜头 {shot} 的 %n 个变体，{how}：预计共 {total}（每个 {each}）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>How many variations</source>
            <translation>变体数量</translation>
        </message>
        <message>
            <source>New takes of this shot, each with its own seed</source>
            <translation>此镜头的新镜次，各用各的种子</translation>
        </message>
        <message>
            <source>New takes with the seeds next to the selected take's</source>
            <translation>用所选镜次相邻的种子生成新镜次</translation>
        </message>
        <message>
            <source>No variations were sent: {reason}</source>
            <translation>未发送任何变体：{reason}</translation>
        </message>
        <message>
            <source>Reading the price…</source>
            <translation>正在读取价格…</translation>
        </message>
        <message>
            <source>Seed sweep…</source>
            <translation>种子扫描…</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>发送</translation>
        </message>
        <message numerus="yes">
            <source>Send %n jobs</source>
            <translation>
                <numerusform>发送 %n 个任务</numerusform>
            </translation>
        </message>
        <message>
            <source>Variations…</source>
            <translation>变体…</translation>
        </message>
        <message>
            <source>seeds {seeds}</source>
            <translation>种子 {seeds}</translation>
        </message>
        <message>
            <source>the same settings again (this model has no seed)</source>
            <translation>再次使用相同设置（此模型没有种子）</translation>
        </message>
        <message>
            <source>video</source>
            <translation>视频</translation>
        </message>
        <message>
            <source>{model} has no seed setting to sweep.</source>
            <translation>{model} 没有可扫描的种子设置。</translation>
        </message>
    </context>
    <context>
        <name>VariationsButton</name>
        <message>
            <source>Generate 2 to 8 variations at once, each with its own seed</source>
            <translation>一次生成 2 到 8 个变体，各用各的种子</translation>
        </message>
        <message numerus="yes">
            <source>Make %n free previews, {how}?</source>
            <translation>
                <numerusform>生成 %n 个免费预览，{how}？</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Send %n jobs</source>
            <translation>
                <numerusform>发送 %n 个任务</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Send %n variations, {how}? Estimated {total} in all ({each} each).</source>
            <translation>
                <numerusform>发送 %n 个变体，{how}？预计共 {total}（每个 {each}）。</numerusform>
            </translation>
        </message>
        <message>
            <source>The price is not known yet: variations wait until it is.</source>
            <translation>价格尚未确定：变体会等到价格确定后再发送。</translation>
        </message>
        <message>
            <source>Variations</source>
            <translation>变体</translation>
        </message>
        <message>
            <source>seeds {seeds}</source>
            <translation>种子 {seeds}</translation>
        </message>
        <message>
            <source>the same settings again (this model has no seed)</source>
            <translation>再次使用相同设置（此模型没有种子）</translation>
        </message>
        <message>
            <source>×{n} variations</source>
            <translation>×{n} 个变体</translation>
        </message>
    </context>
    <context>
        <name>VideoSurface</name>
        <message>
            <source>Video</source>
            <translation>视频</translation>
        </message>
    </context>
    <context>
        <name>WelcomeBanner</name>
        <message>
            <source>Add your RunComfy API key</source>
            <translation>添加你的 RunComfy API 密钥</translation>
        </message>
        <message>
            <source>Add your RunComfy key…</source>
            <translation>添加 RunComfy 密钥…</translation>
        </message>
        <message>
            <source>Change your RunComfy API key</source>
            <translation>更改你的 RunComfy API 密钥</translation>
        </message>
        <message>
            <source>Change your RunComfy key…</source>
            <translation>更改 RunComfy 密钥…</translation>
        </message>
        <message>
            <source>Choose a model first, then pick a sample.</source>
            <translation>请先选择模型，再挑选示例。</translation>
        </message>
        <message>
            <source>Close the welcome</source>
            <translation>关闭欢迎页</translation>
        </message>
        <message>
            <source>Close the welcome (Help → Show welcome brings it back)</source>
            <translation>关闭欢迎页（帮助 → 显示欢迎页可重新打开）</translation>
        </message>
        <message>
            <source>Generate makes &lt;b&gt;real AI clips&lt;/b&gt; on RunComfy, paid per clip.</source>
            <translation>“生成”会在 RunComfy 上制作&lt;b&gt;真正的 AI 片段&lt;/b&gt;，按片段付费。</translation>
        </message>
        <message>
            <source>Sample frames</source>
            <translation>示例画面</translation>
        </message>
        <message>
            <source>Storyreel turns still pictures into short video clips. Put a picture in the first frame box, describe the motion in the prompt, and press Generate.</source>
            <translation>Storyreel 将静态图片变成短视频片段。把图片放入首帧框，在提示词中描述运动，然后点击生成。</translation>
        </message>
        <message>
            <source>The sample “{title}” could not be copied to {folder}: {error}</source>
            <translation>无法将示例“{title}”复制到 {folder}：{error}</translation>
        </message>
        <message>
            <source>Try a sample:</source>
            <translation>试试示例：</translation>
        </message>
        <message>
            <source>Until you add a RunComfy API key, it runs on the free &lt;b&gt;offline preview&lt;/b&gt;: local motion sketches made from your frames (camera moves and transitions), &lt;b&gt;not AI generation&lt;/b&gt;.</source>
            <translation>在你添加 RunComfy API 密钥之前，它使用免费的&lt;b&gt;离线预览&lt;/b&gt;：根据你的画面在本地生成运动草稿（运镜与转场），&lt;b&gt;并非 AI 生成&lt;/b&gt;。</translation>
        </message>
        <message>
            <source>Welcome to Storyreel</source>
            <translation>欢迎使用 Storyreel</translation>
        </message>
        <message>
            <source>Without a RunComfy API key, Generate makes free &lt;b&gt;offline previews&lt;/b&gt;: motion sketches from your frames, &lt;b&gt;not AI generation&lt;/b&gt;.</source>
            <translation>没有 RunComfy API 密钥时，“生成”会制作免费的&lt;b&gt;离线预览&lt;/b&gt;：根据你的画面制作的运动草稿，&lt;b&gt;不是 AI 生成&lt;/b&gt;。</translation>
        </message>
        <message>
            <source>Your RunComfy API key is set, so Generate makes &lt;b&gt;real AI clips&lt;/b&gt; with Seedance and Dreamina on RunComfy, paid per clip. The free offline preview (motion sketches, not AI generation) is one click away in the toolbar.</source>
            <translation>你的 RunComfy API 密钥已设置，点击生成会在 RunComfy 上用 Seedance 和 Dreamina 制作&lt;b&gt;真正的 AI 片段&lt;/b&gt;，按片段计费。免费的离线预览（运动草稿，并非 AI 生成）在工具栏中一键即可切换。</translation>
        </message>
        <message>
            <source>Your key is on runcomfy.com, under {place}.</source>
            <translation>你的密钥位于 runcomfy.com 的 {place}。</translation>
        </message>
        <message>
            <source>“{title}” is being made: it plays in the player as soon as it is done.</source>
            <translation>正在制作“{title}”：完成后会立即在播放器中播放。</translation>
        </message>
        <message>
            <source>“{title}” is in the panel. Press Generate to see it move.</source>
            <translation>“{title}”已放入面板。点击生成，看它动起来。</translation>
        </message>
        <message>
            <source>“{title}” is made: it is playing in the player. Try another sample, or drop a picture of your own into the panel.</source>
            <translation>“{title}”已完成，正在播放器中播放。试试其他示例，或将你自己的图片拖到面板中。</translation>
        </message>
        <message>
            <source>“{title}” was not made: the queue says why.</source>
            <translation>“{title}”未能制作：原因见队列。</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;About Storyreel</source>
            <translation>关于 Storyreel(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>历史记录(&amp;H)…</translation>
        </message>
        <message>
            <source>&amp;Paste image</source>
            <translation>粘贴图像(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Single shot</source>
            <translation>单镜头(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>About Storyreel</source>
            <translation>关于 Storyreel</translation>
        </message>
        <message>
            <source>Click a frame box first, then paste the image into it.</source>
            <translation>请先点击一个帧框，再把图像粘贴进去。</translation>
        </message>
        <message>
            <source>Copy &amp;diagnostics</source>
            <translation>复制诊断信息(&amp;D)</translation>
        </message>
        <message>
            <source>Diagnostics copied to the clipboard (without your API key).</source>
            <translation>诊断信息已复制到剪贴板（不含你的 API 密钥）。</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Open o&amp;utput folder</source>
            <translation>打开输出文件夹(&amp;U)</translation>
        </message>
        <message>
            <source>Paste an image into the focused frame box</source>
            <translation>将图像粘贴到当前选中的帧框</translation>
        </message>
        <message>
            <source>Re&amp;fresh models</source>
            <translation>刷新模型(&amp;F)</translation>
        </message>
        <message>
            <source>Read RunComfy's list of models now.</source>
            <translation>立即读取 RunComfy 的模型列表。</translation>
        </message>
        <message>
            <source>S&amp;pending…</source>
            <translation>支出(&amp;P)…</translation>
        </message>
        <message>
            <source>S&amp;toryboard</source>
            <translation>分镜(&amp;T)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>设置…</translation>
        </message>
        <message>
            <source>Show &amp;welcome</source>
            <translation>显示欢迎页(&amp;W)</translation>
        </message>
        <message>
            <source>Storyreel {version}</source>
            <translation>Storyreel {version}</translation>
        </message>
        <message>
            <source>The library folder {path} cannot be created: {error}</source>
            <translation>无法创建媒体库文件夹 {path}：{error}</translation>
        </message>
        <message>
            <source>Turns still frames into video clips with ByteDance's Seedance and Dreamina models on RunComfy's Model API. The offline preview makes free local motion sketches, not AI generation.</source>
            <translation>借助 RunComfy 模型 API 上字节跳动的 Seedance 与 Dreamina 模型，把静态画面变成视频片段。离线预览在本地免费生成运动草稿，并非 AI 生成。</translation>
        </message>
    </context>
    <context>
        <name>_ComboChoice</name>
        <message>
            <source>Not set</source>
            <translation>未设置</translation>
        </message>
    </context>
</TS>
