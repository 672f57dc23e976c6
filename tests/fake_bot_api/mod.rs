//! A small local fake of the Telegram Bot API, enough for teloxide's long polling and our sends.
//!
//! Routes `POST /bot<token>/<method>` with a JSON (or form) body. Updates are queued by the test and handed out
//! by `getUpdates` as Telegram does: those with `update_id >= offset`, held back until a later offset confirms
//! them, the long poll returning as soon as one is queued. Every other call is recorded for the test to read.

#![allow(dead_code)] // Each test binary uses a different part of the fake.

pub mod bot_process;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Json, Response};
use axum::routing::post;
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;
use tokio::time::{Instant, sleep};

pub const TOKEN: &str = "123456:TEST-token_for_the-fake";
pub const BOT_ID: i64 = 123456;
/// The longest any helper waits for the bot.
pub const PATIENCE: Duration = Duration::from_secs(10);

/// A Telegram user who writes to the bot.
#[derive(Debug, Clone)]
pub struct TgUser {
    pub id: i64,
    pub first_name: String,
    pub last_name: Option<String>,
    pub language_code: Option<String>,
}

impl TgUser {
    pub fn new(id: i64, first_name: &str, last_name: Option<&str>, language_code: Option<&str>) -> Self {
        TgUser {
            id,
            first_name: first_name.into(),
            last_name: last_name.map(Into::into),
            language_code: language_code.map(Into::into),
        }
    }

    fn json(&self) -> Value {
        let mut user = json!({ "id": self.id, "is_bot": false, "first_name": self.first_name });
        if let Some(last) = &self.last_name {
            user["last_name"] = json!(last);
        }
        if let Some(code) = &self.language_code {
            user["language_code"] = json!(code);
        }
        user
    }

    /// The private chat with this user (its id is the user's).
    fn chat(&self) -> Value {
        json!({ "id": self.id, "type": "private", "first_name": self.first_name })
    }
}

/// A message the bot sent (a recorded `sendMessage`).
#[derive(Debug, Clone)]
pub struct Sent {
    pub message_id: i64,
    pub chat_id: i64,
    pub text: String,
    pub reply_markup: Option<Value>,
    /// The message as the fake returned it, for callbacks that belong to it.
    json: Value,
}

impl Sent {
    /// Inline buttons, row by row, as (label, callback_data).
    pub fn buttons(&self) -> Vec<Vec<(String, String)>> {
        let rows = self.reply_markup.as_ref().and_then(|m| m.get("inline_keyboard")).and_then(Value::as_array);
        rows.map(|rows| {
            rows.iter()
                .map(|row| {
                    row.as_array()
                        .into_iter()
                        .flatten()
                        .map(|b| {
                            let text = b["text"].as_str().unwrap_or_default().to_string();
                            let data = b["callback_data"].as_str().unwrap_or_default().to_string();
                            (text, data)
                        })
                        .collect()
                })
                .collect()
        })
        .unwrap_or_default()
    }

    /// Every inline button's callback data, in order.
    pub fn button_data(&self) -> Vec<String> {
        self.buttons().into_iter().flatten().map(|(_, data)| data).collect()
    }

    /// The callback data of the first button whose data starts with `prefix`.
    pub fn data_starting(&self, prefix: &str) -> Option<String> {
        self.button_data().into_iter().find(|d| d.starts_with(prefix))
    }
}

#[derive(Default)]
struct Inner {
    next_update_id: i64,
    next_message_id: i64,
    next_callback_id: i64,
    /// Updates not yet confirmed, and whether each is a forced re-delivery (handed out once, whatever the offset).
    queue: Vec<(i64, Value, bool)>,
    /// Every update ever queued, by id, to re-deliver.
    updates: HashMap<i64, Value>,
    /// How many times getUpdates returned each update id.
    deliveries: HashMap<i64, usize>,
    /// Every call but getUpdates: (method in lower case, body).
    calls: Vec<(String, Value)>,
    sent: Vec<Sent>,
    /// Per chat: how many sent messages `next_messages` has already handed to the test.
    read: HashMap<i64, usize>,
    /// Every message the fake accepted (sendMessage and sendPhoto alike), in order of arrival.
    delivered: Vec<Delivered>,
    /// How many of them each chat got.
    per_chat: HashMap<i64, usize>,
    /// Opt-in behaviour: a rate limit, latency, scripted failures, keeping less (see `Options`).
    options: Options,
    /// The rate limit's state: the next free slot of every message, and of those that are not paid broadcasts.
    all_next: Option<Instant>,
    free_next: Option<Instant>,
    /// How many times the fake answered 429.
    too_many: usize,
    /// The chats those 429s answered sends to, and when.
    too_many_chats: Vec<(i64, Instant)>,
    /// 429s to answer to the next send to a chat regardless of the rate: (chat, retry_after).
    forced_429: Vec<(i64, u32)>,
    /// Chats that blocked the bot (sends answer 403).
    blocked: std::collections::HashSet<i64>,
    /// Photo file ids Telegram refuses (sendPhoto answers 400).
    bad_photos: std::collections::HashSet<String>,
    /// Server errors (500) to answer to the next sends.
    server_errors: usize,
}

/// What the fake can be asked to do beyond answering. All off by default.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Messages per second, as Telegram enforces them: above the rate, 429 with `retry_after`.
    pub limit: Option<Limit>,
    /// How long each send takes to be answered (it counts as delivered on arrival, as with Telegram).
    pub latency: Duration,
    /// Keep only `Delivered` for sends (no bodies, no `Sent`): for benchmarks with 100,000 messages.
    pub light: bool,
}

/// A bot's limits: `per_sec` for messages without `allow_paid_broadcast`, `paid_per_sec` for all messages.
/// Short bursts are tolerated, as Telegram does: `burst` worth of each rate (at least 3 messages).
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub per_sec: u32,
    pub paid_per_sec: u32,
    pub burst: Duration,
}

impl Limit {
    /// `per_sec` and `paid_per_sec`, tolerating bursts of 50 ms worth.
    pub fn new(per_sec: u32, paid_per_sec: u32) -> Self {
        Limit { per_sec, paid_per_sec, burst: Duration::from_millis(50) }
    }

    /// How many messages at once a rate tolerates.
    fn burst_at(&self, per_sec: u32) -> u32 {
        ((f64::from(per_sec) * self.burst.as_secs_f64()) as u32).max(3)
    }
}

/// A message the fake accepted.
#[derive(Debug, Clone)]
pub struct Delivered {
    pub chat_id: i64,
    pub message_id: i64,
    /// `sendmessage` or `sendphoto`.
    pub method: String,
    /// The text or caption (empty in light mode).
    pub text: String,
    /// The callback data of its inline buttons (empty in light mode).
    pub buttons: Vec<String>,
    pub photo: Option<String>,
    pub paid: bool,
    pub at: Instant,
}

#[derive(Clone, Default)]
struct Shared(Arc<Mutex<Inner>>);

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.0.lock().expect("fake Bot API lock")
    }
}

pub struct FakeBotApi {
    url: String,
    shared: Shared,
    server: JoinHandle<()>,
}

impl Drop for FakeBotApi {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl FakeBotApi {
    pub async fn start() -> Self {
        Self::start_with(Options::default()).await
    }

    pub async fn start_with(options: Options) -> Self {
        let shared = Shared::default();
        shared.lock().options = options;
        shared.lock().next_update_id = 1000;
        shared.lock().next_message_id = 1;
        let app = Router::new().route("/{bot}/{method}", post(api)).with_state(shared.clone());
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind the fake Bot API");
        let url = format!("http://{}", listener.local_addr().expect("local address"));
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.expect("fake Bot API server");
        });
        FakeBotApi { url, shared, server }
    }

    /// The base URL to give teloxide (`set_api_url`).
    pub fn url(&self) -> &str {
        &self.url
    }

    fn push(&self, build: impl FnOnce(&mut Inner, i64) -> Value) -> i64 {
        let mut inner = self.shared.lock();
        let id = inner.next_update_id;
        inner.next_update_id += 1;
        let mut update = build(&mut inner, id);
        update["update_id"] = json!(id);
        inner.updates.insert(id, update.clone());
        inner.queue.push((id, update, false));
        id
    }

    /// The user writes `text` in the private chat; returns the update id.
    pub fn push_text(&self, user: &TgUser, text: &str) -> i64 {
        self.push(|inner, _| {
            let message_id = inner.next_message_id;
            inner.next_message_id += 1;
            let mut message = json!({
                "message_id": message_id,
                "date": now(),
                "chat": user.chat(),
                "from": user.json(),
                "text": text,
            });
            if text.starts_with('/') {
                let len = text.split_whitespace().next().unwrap_or_default().encode_utf16().count();
                message["entities"] = json!([{ "type": "bot_command", "offset": 0, "length": len }]);
            }
            json!({ "message": message })
        })
    }

    /// The user writes `text` in a group the bot is in; returns the update id.
    pub fn push_group_text(&self, user: &TgUser, group_id: i64, text: &str) -> i64 {
        self.push(|inner, _| {
            let message_id = inner.next_message_id;
            inner.next_message_id += 1;
            json!({ "message": {
                "message_id": message_id,
                "date": now(),
                "chat": { "id": group_id, "type": "group", "title": "Team" },
                "from": user.json(),
                "text": text,
            }})
        })
    }

    /// The user shares a phone contact (their own, or one from the phone book); returns the update id.
    pub fn push_contact(&self, user: &TgUser, phone: &str, first_name: &str, last_name: Option<&str>) -> i64 {
        self.push(|inner, _| {
            let message_id = inner.next_message_id;
            inner.next_message_id += 1;
            let mut contact = json!({ "phone_number": phone, "first_name": first_name });
            if let Some(last) = last_name {
                contact["last_name"] = json!(last);
            }
            json!({ "message": {
                "message_id": message_id,
                "date": now(),
                "chat": user.chat(),
                "from": user.json(),
                "contact": contact,
            }})
        })
    }

    /// The user sends a sticker; returns the update id.
    pub fn push_sticker(&self, user: &TgUser) -> i64 {
        self.push(|inner, _| {
            let message_id = inner.next_message_id;
            inner.next_message_id += 1;
            json!({ "message": {
                "message_id": message_id,
                "date": now(),
                "chat": user.chat(),
                "from": user.json(),
                "sticker": {
                    "file_id": "sticker-file", "file_unique_id": "sticker-unique", "type": "regular",
                    "width": 512, "height": 512, "is_animated": false, "is_video": false,
                },
            }})
        })
    }

    /// The user presses a button; `on` is the message it belongs to (`None`: an old inline message, no
    /// message attached). Returns (update id, callback query id).
    pub fn push_callback(&self, user: &TgUser, on: Option<&Sent>, data: Option<&str>) -> (i64, String) {
        let mut query_id = String::new();
        let update_id = self.push(|inner, _| {
            inner.next_callback_id += 1;
            query_id = format!("cbq-{}", inner.next_callback_id);
            let mut query = json!({ "id": query_id, "from": user.json(), "chat_instance": "ci-1" });
            match on {
                Some(sent) => query["message"] = sent.json.clone(),
                None => query["inline_message_id"] = json!("inline-1"),
            }
            if let Some(data) = data {
                query["data"] = json!(data);
            }
            json!({ "callback_query": query })
        });
        (update_id, query_id)
    }

    /// Hand out an update again on the next getUpdates, as Telegram does after a bot crashed before confirming.
    pub fn redeliver(&self, update_id: i64) {
        let mut inner = self.shared.lock();
        let update = inner.updates.get(&update_id).cloned().expect("redeliver an update that was pushed");
        inner.queue.push((update_id, update, true));
    }

    /// How many times getUpdates has returned this update.
    pub fn deliveries(&self, update_id: i64) -> usize {
        self.shared.lock().deliveries.get(&update_id).copied().unwrap_or(0)
    }

    /// Wait until getUpdates has returned this update `times` times.
    pub async fn wait_delivered(&self, update_id: i64, times: usize) {
        wait_until(&format!("update {update_id} delivered {times} times"), || {
            (self.deliveries(update_id) >= times).then_some(())
        })
        .await
    }

    /// The bodies of every call to `method` so far.
    pub fn calls(&self, method: &str) -> Vec<Value> {
        self.shared
            .lock()
            .calls
            .iter()
            .filter(|(m, _)| m.eq_ignore_ascii_case(method))
            .map(|(_, b)| b.clone())
            .collect()
    }

    /// Wait until `method` has been called at least `n` times; returns the bodies.
    pub async fn wait_calls(&self, method: &str, n: usize) -> Vec<Value> {
        wait_until(&format!("{n} calls to {method}"), || {
            let calls = self.calls(method);
            (calls.len() >= n).then_some(calls)
        })
        .await
    }

    /// Every message sent to a chat so far.
    pub fn sent_to(&self, chat_id: i64) -> Vec<Sent> {
        self.shared.lock().sent.iter().filter(|s| s.chat_id == chat_id).cloned().collect()
    }

    /// The next `n` messages sent to a chat after those this method already returned; waits for them.
    pub async fn next_messages(&self, chat_id: i64, n: usize) -> Vec<Sent> {
        let read = self.shared.lock().read.get(&chat_id).copied().unwrap_or(0);
        let got = wait_until(&format!("{n} more messages to chat {chat_id} (after {read})"), || {
            let all = self.sent_to(chat_id);
            (all.len() >= read + n).then(|| all[read..read + n].to_vec())
        })
        .await;
        self.shared.lock().read.insert(chat_id, read + n);
        got
    }

    /// The next message sent to a chat (see `next_messages`).
    pub async fn next_message(&self, chat_id: i64) -> Sent {
        self.next_messages(chat_id, 1).await.remove(0)
    }

    /// The user sends /start, picks English and the first zone offered: a member with a team of their own.
    pub async fn onboard(&self, user: &TgUser) {
        self.push_text(user, "/start");
        let welcome = self.next_message(user.id).await;
        let lang = welcome.data_starting("l:en").expect("an English button");
        self.push_callback(user, Some(&welcome), Some(&lang));
        let zones = self.next_message(user.id).await;
        let zone = zones.data_starting("z:").expect("zone buttons");
        self.push_callback(user, Some(&zones), Some(&zone));
        self.next_message(user.id).await;
    }
}

impl FakeBotApi {
    /// Every message accepted so far (texts and photos), in order of arrival.
    pub fn delivered(&self) -> Vec<Delivered> {
        self.shared.lock().delivered.clone()
    }

    /// How many messages were accepted so far.
    pub fn delivered_count(&self) -> usize {
        self.shared.lock().delivered.len()
    }

    /// Messages accepted per chat.
    pub fn delivered_per_chat(&self) -> HashMap<i64, usize> {
        self.shared.lock().per_chat.clone()
    }

    /// Messages accepted for one chat.
    pub fn delivered_to(&self, chat_id: i64) -> usize {
        self.shared.lock().per_chat.get(&chat_id).copied().unwrap_or(0)
    }

    /// Wait until at least `n` messages were accepted in all.
    pub async fn wait_delivered_count(&self, n: usize) {
        wait_until(&format!("{n} messages accepted"), || (self.delivered_count() >= n).then_some(())).await
    }

    /// How many times the fake answered 429 Too Many Requests.
    pub fn too_many_count(&self) -> usize {
        self.shared.lock().too_many
    }

    /// The chats whose sends were answered 429, and when: one entry per answer.
    pub fn too_many_chats(&self) -> Vec<(i64, Instant)> {
        self.shared.lock().too_many_chats.clone()
    }

    /// The next send to this chat is answered 429 with this retry_after, whatever the rate.
    pub fn force_429(&self, chat_id: i64, retry_after: u32) {
        self.shared.lock().forced_429.push((chat_id, retry_after));
    }

    /// This user blocked the bot: sends to them are answered 403.
    pub fn block(&self, chat_id: i64) {
        self.shared.lock().blocked.insert(chat_id);
    }

    /// Telegram refuses this photo: sendPhoto with it is answered 400.
    pub fn refuse_photo(&self, file_id: &str) {
        self.shared.lock().bad_photos.insert(file_id.to_string());
    }

    /// The next `n` sends are answered 500 Internal Server Error.
    pub fn server_errors(&self, n: usize) {
        self.shared.lock().server_errors += n;
    }
}

fn error(code: u16, description: &str, parameters: Option<Value>) -> Response {
    let mut body = json!({ "ok": false, "error_code": code, "description": description });
    if let Some(parameters) = parameters {
        body["parameters"] = parameters;
    }
    let status = axum::http::StatusCode::from_u16(code).unwrap_or(axum::http::StatusCode::BAD_REQUEST);
    (status, Json(body)).into_response()
}

/// A message send arriving: the scripted failures first, then the rate limit; `None` lets it through.
fn refuse_send(inner: &mut Inner, method: &str, body: &Value) -> Option<Response> {
    if !matches!(method, "sendmessage" | "sendphoto") {
        return None;
    }
    let chat_id = body["chat_id"].as_i64().unwrap_or_default();
    if let Some(i) = inner.forced_429.iter().position(|(chat, _)| *chat == chat_id) {
        let (_, retry_after) = inner.forced_429.remove(i);
        inner.too_many += 1;
        inner.too_many_chats.push((chat_id, Instant::now()));
        return Some(too_many(retry_after));
    }
    if inner.blocked.contains(&chat_id) {
        return Some(error(403, "Forbidden: bot was blocked by the user", None));
    }
    if method == "sendphoto" && body["photo"].as_str().is_some_and(|p| inner.bad_photos.contains(p)) {
        return Some(error(400, "Bad Request: wrong file identifier/HTTP URL specified", None));
    }
    if inner.server_errors > 0 {
        inner.server_errors -= 1;
        return Some(error(500, "Internal Server Error", None));
    }
    let limit = inner.options.limit?;
    let paid = body["allow_paid_broadcast"].as_bool().unwrap_or(false);
    let now = Instant::now();
    // GCRA: a message is let through while its bucket's next slot is at most `burst` intervals ahead.
    let all_step = Duration::from_secs(1) / limit.paid_per_sec.max(1);
    let free_step = Duration::from_secs(1) / limit.per_sec.max(1);
    let all_next = inner.all_next.unwrap_or(now).max(now);
    let free_next = inner.free_next.unwrap_or(now).max(now);
    let over_all = all_next > now + all_step * limit.burst_at(limit.paid_per_sec);
    let over_free = !paid && free_next > now + free_step * limit.burst_at(limit.per_sec);
    if over_all || over_free {
        let wait = if over_all { all_next - now } else { free_next - now };
        inner.too_many += 1;
        inner.too_many_chats.push((chat_id, Instant::now()));
        return Some(too_many(wait.as_secs_f64().ceil().max(1.0) as u32));
    }
    inner.all_next = Some(all_next + all_step);
    if !paid {
        inner.free_next = Some(free_next + free_step);
    }
    None
}

fn too_many(retry_after: u32) -> Response {
    let description = format!("Too Many Requests: retry after {retry_after}");
    error(429, &description, Some(json!({ "retry_after": retry_after })))
}

/// The fields of a multipart body (sendPhoto), values JSON-decoded where they are JSON; uploaded files as
/// "<file>".
fn parse_multipart(content_type: &str, body: &[u8]) -> Value {
    let Some(boundary) = content_type.split("boundary=").nth(1).map(|b| b.trim_matches('"')) else {
        return json!({});
    };
    let text = String::from_utf8_lossy(body);
    let mut fields = serde_json::Map::new();
    for part in text.split(&format!("--{boundary}")) {
        let Some((head, value)) = part.split_once("\r\n\r\n") else { continue };
        let Some(name) = head.split("name=\"").nth(1).and_then(|n| n.split('"').next()) else { continue };
        let value = value.strip_suffix("\r\n").unwrap_or(value);
        let value = if head.contains("filename=") {
            json!("<file>")
        } else {
            serde_json::from_str(value).unwrap_or_else(|_| Value::String(value.to_string()))
        };
        fields.insert(name.to_string(), value);
    }
    Value::Object(fields)
}

/// Poll `check` until it gives a value; panic after `PATIENCE`, so no test hangs.
async fn wait_until<T>(what: &str, mut check: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(v) = check() {
            return v;
        }
        if Instant::now() >= deadline {
            panic!("timed out after {PATIENCE:?} waiting for {what}");
        }
        sleep(Duration::from_millis(20)).await;
    }
}

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

fn ok(result: Value) -> Response {
    Json(json!({ "ok": true, "result": result })).into_response()
}

fn bot_user() -> Value {
    json!({ "id": BOT_ID, "is_bot": true, "first_name": "Pocket CRM", "username": "pocket_crm_test_bot" })
}

/// JSON as teloxide sends it; a form body (values JSON-encoded where they are objects) works too.
fn parse_body(headers: &HeaderMap, body: &Bytes) -> Value {
    let form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    if content_type.starts_with("multipart/form-data") {
        return parse_multipart(content_type, body);
    }
    if form {
        let map = url::form_urlencoded::parse(body)
            .map(|(k, v)| (k.to_string(), serde_json::from_str(&v).unwrap_or_else(|_| Value::String(v.to_string()))))
            .collect::<serde_json::Map<_, _>>();
        return Value::Object(map);
    }
    serde_json::from_slice(body).unwrap_or_else(|_| json!({}))
}

async fn api(
    State(shared): State<Shared>,
    Path((bot, method)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if bot != format!("bot{TOKEN}") {
        return Json(json!({ "ok": false, "error_code": 401, "description": "Unauthorized" })).into_response();
    }
    let body = parse_body(&headers, &body);
    // Method names are case-insensitive (teloxide sends "GetMe").
    let method = method.to_ascii_lowercase();
    if method == "getupdates" {
        return get_updates(&shared, &body).await;
    }
    let (response, latency) = {
        let mut inner = shared.lock();
        let latency = inner.options.latency;
        let response = match refuse_send(&mut inner, &method, &body) {
            Some(refused) => refused,
            None => answer(&mut inner, &method, &body),
        };
        (response, latency)
    };
    if !latency.is_zero() && matches!(method.as_str(), "sendmessage" | "sendphoto") {
        sleep(latency).await;
    }
    response
}

/// Record a call and answer it (sends are recorded as `Delivered` too).
fn answer(inner: &mut Inner, method: &str, body: &Value) -> Response {
    let light = inner.options.light;
    if matches!(method, "sendmessage" | "sendphoto") {
        let buttons = body["reply_markup"]["inline_keyboard"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|row| row.as_array().cloned().unwrap_or_default())
            .filter_map(|b| b["callback_data"].as_str().map(str::to_string))
            .collect();
        let text = body["text"].as_str().or(body["caption"].as_str()).unwrap_or_default();
        *inner.per_chat.entry(body["chat_id"].as_i64().unwrap_or_default()).or_default() += 1;
        inner.delivered.push(Delivered {
            chat_id: body["chat_id"].as_i64().unwrap_or_default(),
            message_id: inner.next_message_id,
            method: method.to_string(),
            text: if light { String::new() } else { text.to_string() },
            buttons: if light { Vec::new() } else { buttons },
            photo: body["photo"].as_str().map(str::to_string),
            paid: body["allow_paid_broadcast"].as_bool().unwrap_or(false),
            at: Instant::now(),
        });
        if light {
            let message_id = inner.next_message_id;
            inner.next_message_id += 1;
            let chat_id = body["chat_id"].as_i64().unwrap_or_default();
            return ok(json!({
                "message_id": message_id,
                "date": now(),
                "chat": { "id": chat_id, "type": "private", "first_name": "Customer" },
                "from": bot_user(),
                "text": "",
            }));
        }
    }
    inner.calls.push((method.to_string(), body.clone()));
    match method {
        "getme" => {
            let mut me = bot_user();
            for flag in [
                "can_join_groups",
                "can_read_all_group_messages",
                "supports_inline_queries",
                "can_connect_to_business",
                "has_main_web_app",
            ] {
                me[flag] = json!(false);
            }
            ok(me)
        }
        "getwebhookinfo" => ok(json!({ "url": "", "has_custom_certificate": false, "pending_update_count": 0 })),
        "sendmessage" => {
            let message_id = inner.next_message_id;
            inner.next_message_id += 1;
            let chat_id = body["chat_id"].as_i64().unwrap_or_default();
            let text = body["text"].as_str().unwrap_or_default().to_string();
            // A message carries only an inline keyboard back; a reply keyboard stays with the client.
            let reply_markup = body.get("reply_markup").filter(|m| m.get("inline_keyboard").is_some()).cloned();
            let mut message = json!({
                "message_id": message_id,
                "date": now(),
                "chat": { "id": chat_id, "type": "private", "first_name": "Member" },
                "from": bot_user(),
                "text": text,
            });
            if let Some(markup) = &reply_markup {
                message["reply_markup"] = markup.clone();
            }
            let sent = Sent {
                message_id,
                chat_id,
                text,
                reply_markup: body.get("reply_markup").cloned(),
                json: message.clone(),
            };
            inner.sent.push(sent);
            ok(message)
        }
        // A chart: multipart upload, recorded in `calls`; the reply only needs to be a valid photo message.
        "sendphoto" => {
            let message_id = inner.next_message_id;
            inner.next_message_id += 1;
            ok(json!({
                "message_id": message_id,
                "date": now(),
                "chat": { "id": 0, "type": "private", "first_name": "Member" },
                "from": bot_user(),
                "photo": [{ "file_id": "chart", "file_unique_id": "chart", "width": 900, "height": 500 }],
            }))
        }
        "editmessagetext" | "editmessagereplymarkup" => {
            let chat_id = body["chat_id"].as_i64().unwrap_or_default();
            ok(json!({
                "message_id": body["message_id"].as_i64().unwrap_or_default(),
                "date": now(),
                "edit_date": now(),
                "chat": { "id": chat_id, "type": "private", "first_name": "Member" },
                "from": bot_user(),
                "text": body["text"].as_str().unwrap_or("(edited)"),
            }))
        }
        // answerCallbackQuery, setMyCommands, deleteWebhook, … all answer True.
        _ => ok(json!(true)),
    }
}

async fn get_updates(shared: &Shared, body: &Value) -> Response {
    let offset = body["offset"].as_i64().unwrap_or(0);
    let limit = body["limit"].as_u64().unwrap_or(100).clamp(1, 100) as usize;
    let timeout = Duration::from_secs(body["timeout"].as_u64().unwrap_or(0).min(30));
    let deadline = Instant::now() + timeout;
    loop {
        {
            let mut inner = shared.lock();
            // An offset confirms every update below it.
            inner.queue.retain(|(id, _, forced)| *forced || *id >= offset);
            let batch: Vec<(i64, Value, bool)> = inner.queue.iter().take(limit).cloned().collect();
            if !batch.is_empty() {
                // A forced re-delivery is handed out once; the others wait for their confirmation.
                let handed_forced = batch.iter().filter(|(_, _, forced)| *forced).count();
                let mut dropped = 0;
                inner.queue.retain(|(_, _, forced)| {
                    if *forced && dropped < handed_forced {
                        dropped += 1;
                        return false;
                    }
                    true
                });
                for (id, _, _) in &batch {
                    *inner.deliveries.entry(*id).or_default() += 1;
                }
                let updates: Vec<Value> = batch.into_iter().map(|(_, u, _)| u).collect();
                return ok(Value::Array(updates));
            }
        }
        if Instant::now() >= deadline {
            return ok(json!([]));
        }
        sleep(Duration::from_millis(20)).await;
    }
}

impl FakeBotApi {
    /// The user shares their own phone with the `request_contact` button (the contact carries their user id, so
    /// the bot can trust it); returns the update id.
    pub fn push_own_contact(&self, user: &TgUser, phone: &str) -> i64 {
        self.push(|inner, _| {
            let message_id = inner.next_message_id;
            inner.next_message_id += 1;
            json!({ "message": {
                "message_id": message_id,
                "date": now(),
                "chat": user.chat(),
                "from": user.json(),
                "contact": { "phone_number": phone, "first_name": user.first_name, "user_id": user.id },
            }})
        })
    }
}
