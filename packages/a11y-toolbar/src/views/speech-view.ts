/** The read-aloud controls: point and continuous reading, stop, speed, voice, and what speaks. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@gongkai/ui';
import { SPEECH_RATES } from '../settings.js';
import type { A11ySettings } from '../settings.js';
import type { SpeechController } from '../speech/speech-controller.js';
import { renderChoice, renderToggle } from './controls.js';

export interface SpeechActions {
  togglePointReading(): void;
  readContinuous(): void;
  stop(): void;
  pickRate(rate: number, announcement: string): void;
  pickVoice(uri: string): void;
}

export function renderSpeech(s: Readonly<A11ySettings>, speech: SpeechController, actions: SpeechActions): TemplateResult {
  const rateLabel = (rate: number) => `${rate}×`;
  const rateName = msg('语速', { id: 'a11y.speech.rate' });
  return html`<div class="group" role="group" aria-labelledby="g-speech">
      <span class="group-label" id="g-speech">${msg('朗读', { id: 'a11y.speech' })}</span>
      ${renderToggle('pointReading', msg('指读', { id: 'a11y.speech.point' }), speech.pointReading, actions.togglePointReading)}
      <button type="button" class="gk-button" data-setting="continuous" aria-pressed=${String(speech.speaking === 'continuous')} @click=${actions.readContinuous}>${msg('连读', { id: 'a11y.speech.continuous' })}</button>
      <button type="button" class="gk-button" data-setting="stop" @click=${actions.stop}>${msg('停止', { id: 'a11y.speech.stop' })}</button>
    </div>
    ${renderChoice({
      name: 'speechRate', labelId: 'g-rate', label: rateName, values: SPEECH_RATES, current: s.speechRate, text: rateLabel,
      pick: (v) => actions.pickRate(v, `${rateName}：${rateLabel(v)}`),
    })}
    ${speech.voices.length > 1 ? html`<div class="group">
      <label class="group-label" for="voice">${msg('选择语音', { id: 'a11y.speech.voice' })}</label>
      <select id="voice" data-setting="speechVoice" @change=${(e: Event) => actions.pickVoice((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${s.speechVoice === ''}>${msg('自动（优先本机中文语音）', { id: 'a11y.speech.voiceAuto' })}</option>
        ${speech.voices.map((v) => html`<option value=${v.uri} ?selected=${v.uri === s.speechVoice}>${v.name}${v.local ? '' : ` · ${msg('在线', { id: 'a11y.speech.online' })}`}</option>`)}
      </select>
    </div>` : nothing}
    ${speech.voiceName && !speech.message ? html`<p class="note voice-name">${speech.voiceName}</p>` : nothing}
    ${speech.message ? html`<p class="note speech-message">${speech.message}</p>` : nothing}`;
}
