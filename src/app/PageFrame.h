#pragma once

#include "Page.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PageFrame;
}

namespace mamori {

// What every page is built in: a header with the page's title, one line saying its state in
// plain words and its primary actions on the right, then the content. Only the content area
// may scroll, and only one way: a page whose content holds its own tables and lists
// (ContentScrollsItself) gets no scroll area around it; a page of forms (FrameScrolls) is put
// in one, and must then hold nothing that scrolls.
class PageFrame : public QWidget
{
    Q_OBJECT

public:
    enum class Scrolling
    {
        ContentScrollsItself,
        FrameScrolls,
    };

    PageFrame(Page page, Scrolling scrolling, QWidget *parent = nullptr);
    ~PageFrame() override;

    Page page() const { return m_page; }
    // Where the page puts its content (a form's setupUi() goes here).
    QWidget *content() const { return m_content; }
    // The one-line state under the title; `toolTip` may say more.
    void setState(const QString &text, const QString &toolTip = {});
    QString state() const;
    // The page's primary actions (a button, or a widget holding several), right of the title,
    // in the order added.
    void addHeaderWidget(QWidget *widget);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::PageFrame> m_ui;
    Page m_page;
    QWidget *m_content = nullptr;
};

} // namespace mamori
