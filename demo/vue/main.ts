/**
 * <gk-power-catalog> in Vue 3. Tell Vue that gk-* tags are custom elements
 * (`compilerOptions.isCustomElement`, or — as here with render functions — nothing to
 * configure); bind objects as DOM properties with the `.prop` modifier (`^` in h(): none
 * needed, Vue sets a property when the element has one) and listen with `onGk-select`.
 */
import { createApp, defineComponent, h, ref } from 'vue';
import '@gongkai/power-catalog/define';
import file from '../data/power-catalog.json';

const App = defineComponent({
  setup() {
    const selected = ref('');
    return () =>
      h('main', [
        h('h1', '权力清单（Vue 3）'),
        h('p', { id: 'selected' }, selected.value ? `已打开：${selected.value}` : '尚未打开事项'),
        h('gk-power-catalog', {
          data: file,
          'url-state': 'none',
          'onGk-select': (event: CustomEvent<{ id: string }>) => {
            selected.value = event.detail.id;
          },
        }),
      ]);
  },
});

createApp(App).mount('#app');
