#pragma once

#include <QList>

#include <functional>

namespace stages {

/// How a domain makes the elements of the shared exercise screen heard: a note sounds when its
/// token is tapped or placed, a finished row can be played back. The music domain gives one
/// (DomainView::createScreen); other domains have none and their screens stay silent.
/// Symbols are indexes into the prompt's elements.
class ElementVoice
{
public:
    virtual ~ElementVoice() = default;

    /// Sounds @p symbol now (cuts what plays).
    virtual void playElement(int symbol) = 0;
    /// Plays @p symbols one after another; @p onStep(i) when the i-th is heard, onStep(-1) at the end.
    virtual void playRow(const QList<int> &symbols, std::function<void(int)> onStep = {}) = 0;
    virtual void stop() = 0;
};

} // namespace stages
