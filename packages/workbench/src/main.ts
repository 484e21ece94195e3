/** Entry of index.html: registers the elements; the page already holds `<gk-workbench>`. */
import './define.js';
