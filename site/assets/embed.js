// Video placeholders: nothing is loaded from the video site until the reader clicks.
document.addEventListener('click', function (event) {
  var link = event.target.closest && event.target.closest('.embed__link');
  var figure = link && link.closest('[data-embed]');
  if (!figure || event.ctrlKey || event.metaKey || event.shiftKey) {
    return;
  }
  event.preventDefault();
  var frame = document.createElement('iframe');
  frame.src = figure.getAttribute('data-embed');
  frame.title = figure.getAttribute('data-embed-title') || link.textContent;
  frame.allow = 'autoplay; fullscreen; picture-in-picture; encrypted-media';
  frame.allowFullscreen = true;
  frame.className = 'embed__frame';
  link.replaceWith(frame);
  frame.focus();
});
