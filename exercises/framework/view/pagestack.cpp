#include "exercises/framework/view/pagestack.h"

#include <QLayout>

namespace stages {

PageStack::PageStack(QWidget *parent)
    : QStackedWidget(parent)
{
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
}

QSize PageStack::sizeHint() const
{
    const QWidget *page = currentWidget();
    return page ? page->sizeHint() : QStackedWidget::sizeHint();
}

QSize PageStack::minimumSizeHint() const
{
    const QWidget *page = currentWidget();
    if (!page)
        return QStackedWidget::minimumSizeHint();
    // A page's own minimum size wins over its hint, as layouts do.
    return page->minimumSizeHint().expandedTo(page->minimumSize());
}

} // namespace stages
